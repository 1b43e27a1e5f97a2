-- The audit trail (Hibernate Envers): one row per revision, and for each audited table its past
-- states keyed by (id, rev). revtype: 0 added, 1 changed, 2 removed.

create sequence audit_revision_seq start with 1 increment by 50;

create table audit_revision (
    id         bigint      not null primary key,
    revised_at bigint      not null,
    username   varchar(63) not null
);

create table matter_aud (
    id            bigint   not null,
    rev           bigint   not null references audit_revision (id),
    revtype       smallint,
    caption       varchar(500),
    court         varchar(300),
    docket_number varchar(100),
    filed_on      date,
    primary key (id, rev)
);

create table party_aud (
    id        bigint   not null,
    rev       bigint   not null references audit_revision (id),
    revtype   smallint,
    matter_id bigint,
    name      varchar(300),
    role      varchar(20),
    position  integer,
    primary key (id, rev)
);

create table claim_aud (
    id             bigint   not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    matter_id      bigint,
    parent_id      bigint,
    kind           varchar(20),
    asserted_by_id bigint,
    label          varchar(300),
    full_text      varchar(10000),
    position       integer,
    primary key (id, rev)
);

create table document_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    matter_id           bigint,
    kind                varchar(20),
    document_type       varchar(20),
    title               varchar(1000),
    document_date       date,
    author              varchar(1000),
    exhibit_label       varchar(100),
    parent_id           bigint,
    original_name       varchar(500),
    original_media_type varchar(200),
    original_size       bigint,
    original_sha256     varchar(64),
    email_from          varchar(1000),
    email_to            varchar(4000),
    email_cc            varchar(4000),
    email_sent_at       timestamp(6) with time zone,
    email_subject       varchar(1000),
    email_message_id    varchar(1000),
    extraction_status   varchar(20),
    status_reason       varchar(2000),
    page_count          integer,
    added_at            timestamp(6) with time zone,
    primary key (id, rev)
);
create index ix_document_aud_matter on document_aud (matter_id);

create table annotation_aud (
    id           bigint   not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    document_id  bigint,
    start_page   integer,
    start_offset integer,
    end_page     integer,
    end_offset   integer,
    quote        varchar(20000),
    prefix       varchar(200),
    suffix       varchar(200),
    stance       varchar(20),
    note         varchar(10000),
    author       varchar(200),
    created_at   timestamp(6) with time zone,
    updated_at   timestamp(6) with time zone,
    updated_by   varchar(200),
    primary key (id, rev)
);
create index ix_annotation_aud_document on annotation_aud (document_id);

create table annotation_claim_aud (
    rev           bigint   not null references audit_revision (id),
    annotation_id bigint   not null,
    claim_id      bigint   not null,
    revtype       smallint,
    primary key (rev, annotation_id, claim_id)
);
