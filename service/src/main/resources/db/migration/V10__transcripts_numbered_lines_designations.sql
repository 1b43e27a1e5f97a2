-- Testimony (issue 14): numbered lines of transcript and pleading pages, transcripts' particulars,
-- and the parties' designations of page:line ranges.

create table page_line (
    page_id      bigint  not null references page (id) on delete cascade,
    position     integer not null,
    printed_page integer not null,
    line_number  integer not null,
    start_offset integer not null,
    end_offset   integer not null,
    primary key (page_id, position)
);

create table transcript (
    document_id     bigint      not null primary key references document (id) on delete cascade,
    version         bigint      not null,
    transcript_kind varchar(20) not null,
    witness         varchar(300),
    taken_on        date,
    volume          integer     not null,
    first_page      integer     not null,
    trial_day       integer
);

create sequence designation_seq start with 1 increment by 50;

create table designation (
    id               bigint        not null primary key,
    version          bigint        not null,
    document_id      bigint        not null references document (id) on delete cascade,
    party_id         bigint        not null references party (id),
    designation_kind varchar(30)   not null,
    page_from        integer       not null,
    line_from        integer       not null,
    page_to          integer       not null,
    line_to          integer       not null,
    objection        varchar(2000),
    ruling           varchar(2000),
    created_by       varchar(100)  not null,
    created_at       timestamp(6) with time zone not null
);

create index ix_designation_document on designation (document_id);
