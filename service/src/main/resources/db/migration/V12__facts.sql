-- The matter's facts (issue 15): a sentence, a fuzzy date, a status, material and key flags, the
-- claims it bears on and the marked passages it rests on; audited like passages.

create sequence fact_seq start with 1 increment by 50;
create sequence fact_claim_seq start with 1 increment by 50;
create sequence fact_source_seq start with 1 increment by 50;

create table fact (
    id             bigint         not null primary key,
    version        bigint         not null,
    matter_id      bigint         not null references matter (id),
    number         integer        not null,
    fact_text      varchar(10000) not null,
    date_precision varchar(10)    not null,
    date_from      date,
    date_to        date,
    status         varchar(30)    not null,
    material       boolean        not null,
    key_fact       boolean        not null,
    author         varchar(200)   not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    updated_by     varchar(200)   not null,
    constraint uq_fact_number unique (matter_id, number)
);

create table fact_claim (
    id       bigint      not null primary key,
    fact_id  bigint      not null references fact (id),
    claim_id bigint      not null references claim (id),
    stance   varchar(20) not null,
    constraint uq_fact_claim unique (fact_id, claim_id)
);
create index ix_fact_claim_claim on fact_claim (claim_id);

create table fact_source (
    id            bigint      not null primary key,
    fact_id       bigint      not null references fact (id),
    annotation_id bigint      not null references annotation (id),
    role          varchar(20) not null,
    position      integer     not null
);
create index ix_fact_source_fact on fact_source (fact_id);
create index ix_fact_source_annotation on fact_source (annotation_id);

create table fact_aud (
    id             bigint   not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    matter_id      bigint,
    number         integer,
    fact_text      varchar(10000),
    date_precision varchar(10),
    date_from      date,
    date_to        date,
    status         varchar(30),
    material       boolean,
    key_fact       boolean,
    author         varchar(200),
    created_at     timestamp(6) with time zone,
    updated_at     timestamp(6) with time zone,
    updated_by     varchar(200),
    primary key (id, rev)
);
create index ix_fact_aud_matter on fact_aud (matter_id);

create table fact_claim_aud (
    id       bigint   not null,
    rev      bigint   not null references audit_revision (id),
    revtype  smallint,
    fact_id  bigint,
    claim_id bigint,
    stance   varchar(20),
    primary key (id, rev)
);

create table fact_source_aud (
    id            bigint   not null,
    rev           bigint   not null references audit_revision (id),
    revtype       smallint,
    fact_id       bigint,
    annotation_id bigint,
    role          varchar(20),
    position      integer,
    primary key (id, rev)
);
