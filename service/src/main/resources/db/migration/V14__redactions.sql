-- Redactions (issue 16): a box on a page or a range of the page text that a produced copy must not
-- show, with its reason; audited like passages. The originals are never changed.

create sequence redaction_seq start with 1 increment by 50;

create table redaction (
    id           bigint           not null primary key,
    version      bigint           not null,
    document_id  bigint           not null references document (id) on delete cascade,
    shape        varchar(10)      not null,
    reason       varchar(20)      not null,
    first_page   integer          not null,
    last_page    integer          not null,
    box_x        double precision,
    box_y        double precision,
    box_width    double precision,
    box_height   double precision,
    start_offset integer,
    end_offset   integer,
    quote        varchar(20000),
    created_by   varchar(200)     not null,
    created_at   timestamp(6) with time zone not null,
    constraint ck_redaction_shape check (
        (shape = 'BOX' and box_x is not null and box_y is not null and box_width is not null
            and box_height is not null and first_page = last_page)
        or (shape = 'WORDS' and start_offset is not null and end_offset is not null
            and quote is not null))
);

create index ix_redaction_document on redaction (document_id, first_page);

create table redaction_aud (
    id           bigint   not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    document_id  bigint,
    shape        varchar(10),
    reason       varchar(20),
    first_page   integer,
    last_page    integer,
    box_x        double precision,
    box_y        double precision,
    box_width    double precision,
    box_height   double precision,
    start_offset integer,
    end_offset   integer,
    quote        varchar(20000),
    created_by   varchar(200),
    created_at   timestamp(6) with time zone,
    primary key (id, rev)
);
create index ix_redaction_aud_document on redaction_aud (document_id);
