-- Pincite's first schema. Written once for H2 and PostgreSQL alike: plain types only.
-- Sequences step by 50, the allocation size the entities use, so that inserts of many pages batch.

create sequence matter_seq start with 1 increment by 50;
create sequence party_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;
create sequence document_seq start with 1 increment by 50;
create sequence page_seq start with 1 increment by 50;
create sequence annotation_seq start with 1 increment by 50;

create table matter (
    id            bigint       not null primary key,
    version       bigint       not null,
    caption       varchar(500) not null,
    court         varchar(300) not null,
    docket_number varchar(100) not null,
    filed_on      date,
    constraint uk_matter_docket_number unique (docket_number)
);

create table party (
    id        bigint       not null primary key,
    matter_id bigint       not null references matter (id),
    name      varchar(300) not null,
    role      varchar(20)  not null,
    position  integer      not null
);
create index ix_party_matter on party (matter_id);

create table claim (
    id             bigint        not null primary key,
    version        bigint        not null,
    matter_id      bigint        not null references matter (id),
    parent_id      bigint        references claim (id),
    kind           varchar(20)   not null,
    asserted_by_id bigint        not null references party (id),
    label          varchar(300)  not null,
    full_text      varchar(10000),
    position       integer       not null
);
create index ix_claim_matter on claim (matter_id);
create index ix_claim_parent on claim (parent_id);

create table document (
    id                  bigint        not null primary key,
    version             bigint        not null,
    matter_id           bigint        not null references matter (id),
    kind                varchar(20)   not null,
    document_type       varchar(20)   not null,
    title               varchar(1000) not null,
    document_date       date,
    author              varchar(1000),
    exhibit_label       varchar(100),
    parent_id           bigint        references document (id),
    original_name       varchar(500)  not null,
    original_media_type varchar(200)  not null,
    original_size       bigint        not null,
    original_sha256     varchar(64)   not null,
    email_from          varchar(1000),
    email_to            varchar(4000),
    email_cc            varchar(4000),
    email_sent_at       timestamp(6) with time zone,
    email_subject       varchar(1000),
    email_message_id    varchar(1000),
    extraction_status   varchar(20)   not null,
    status_reason       varchar(2000),
    page_count          integer       not null,
    added_at            timestamp(6) with time zone not null
);
create index ix_document_matter on document (matter_id);
create index ix_document_parent on document (parent_id);
create index ix_document_sha256 on document (matter_id, original_sha256);

create table page (
    id          bigint  not null primary key,
    document_id bigint  not null references document (id) on delete cascade,
    number      integer not null,
    page_text   varchar not null,
    constraint uk_page_document_number unique (document_id, number)
);

create table annotation (
    id           bigint         not null primary key,
    version      bigint         not null,
    document_id  bigint         not null references document (id),
    start_page   integer        not null,
    start_offset integer        not null,
    end_page     integer        not null,
    end_offset   integer        not null,
    quote        varchar(20000) not null,
    prefix       varchar(200)   not null,
    suffix       varchar(200)   not null,
    stance       varchar(20)    not null,
    note         varchar(10000),
    author       varchar(200)   not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    updated_by   varchar(200)   not null
);
create index ix_annotation_document on annotation (document_id);

create table annotation_claim (
    annotation_id bigint not null references annotation (id) on delete cascade,
    claim_id      bigint not null references claim (id),
    primary key (annotation_id, claim_id)
);
create index ix_annotation_claim_claim on annotation_claim (claim_id);
