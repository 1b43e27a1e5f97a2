-- Received productions (issue 16, deliverable 6). A volume uploaded into a matter is checked before
-- anything of it is stored: its report (each problem with its load-file line, code, Bates number
-- and whether it blocks the commit) and the field mapping the check used are kept with it. Once
-- committed, each record is a document; received_document keeps the Bates numbers and parent the
-- load file gave it and, in received_document_field, every field of the record as it was written.

create sequence volume_import_seq start with 1 increment by 50;
create sequence received_document_seq start with 1 increment by 50;

create table volume_import (
    id           bigint       not null primary key,
    version      bigint       not null,
    matter_id    bigint       not null references matter (id),
    file_name    varchar(255) not null,
    volume_name  varchar(200),
    status       varchar(20)  not null,
    encoding     varchar(60),
    records      integer      not null,
    failure      varchar(2000),
    created_by   varchar(200) not null,
    created_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone
);
create index ix_volume_import_matter on volume_import (matter_id);
create index ix_volume_import_status on volume_import (status);

create table volume_import_problem (
    import_id   bigint        not null references volume_import (id) on delete cascade,
    position    integer       not null,
    line_number integer       not null,
    code        varchar(40)   not null,
    bates       varchar(200),
    message     varchar(2000) not null,
    blocking    boolean       not null,
    primary key (import_id, position)
);

create table volume_import_field (
    import_id  bigint       not null references volume_import (id) on delete cascade,
    position   integer      not null,
    file_field varchar(200) not null,
    our_field  varchar(40),
    primary key (import_id, position)
);

create table received_document (
    id           bigint       not null primary key,
    import_id    bigint       not null references volume_import (id),
    document_id  bigint       not null references document (id),
    position     integer      not null,
    line_number  integer      not null,
    beg_bates    varchar(200) not null,
    end_bates    varchar(200) not null,
    parent_bates varchar(200),
    constraint uk_received_document unique (import_id, position)
);
create index ix_received_document_document on received_document (document_id);

create table received_document_field (
    received_document_id bigint       not null references received_document (id) on delete cascade,
    position             integer      not null,
    field_name           varchar(200) not null,
    field_value          varchar      not null,
    primary key (received_document_id, position)
);
