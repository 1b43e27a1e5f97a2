-- Matter archives brought in from another installation (issue 19): each import with its status and
-- the problems that refused it, and the audit trail the archive carried, kept as it was recorded
-- there (revision, who, when, each field before and after), in the archive's order: about the
-- restored object's id here (subject_id), or, for one removed before the archive was made, only the
-- id it had there (archived_subject_id).

create sequence archive_import_seq start with 1 increment by 50;

create table archive_import (
    id           bigint       not null primary key,
    status       varchar(20)  not null,
    file_name    varchar(500),
    requested_by varchar(200) not null,
    requested_at timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone,
    matter_id    bigint references matter (id),
    problems     varchar
);

create sequence archived_change_seq start with 1 increment by 50;

create table archived_change (
    id          bigint       not null primary key,
    matter_id   bigint       not null references matter (id),
    position    integer      not null,
    revision    bigint       not null,
    subject     varchar(40)  not null,
    subject_id  bigint,
    archived_subject_id bigint not null,
    change_kind varchar(20)  not null,
    changed_at  timestamp(6) with time zone not null,
    changed_by  varchar(200),
    changes     varchar      not null
);
create index ix_archived_change_matter on archived_change (matter_id, position);
