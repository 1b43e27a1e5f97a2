-- Bates numbers and productions (issue 16). A document may carry the Bates range of the production
-- it came in or went out in (prefix, first and last counter, padding), that production's name, a
-- custodian and a confidentiality designation; all audited like the rest of the document. A
-- production we make lists its documents in order with the range each was given when it ran. A
-- Bates number is never reused in a matter: the services check overlaps across documents and
-- productions; the unique keys below catch two ranges beginning at the same number.

alter table document add column bates_prefix varchar(40);
alter table document add column bates_begin bigint;
alter table document add column bates_end bigint;
alter table document add column bates_width integer;
alter table document add column production_name varchar(200);
alter table document add column custodian varchar(1000);
alter table document add column confidentiality varchar(30);
alter table document add constraint ck_document_bates check (
    (bates_prefix is null and bates_begin is null and bates_end is null and bates_width is null)
    or (bates_prefix is not null and bates_begin is not null and bates_end is not null
        and bates_width is not null and bates_begin >= 0 and bates_end >= bates_begin));
alter table document add constraint uk_document_bates unique (matter_id, bates_prefix, bates_begin);

alter table document_aud add column bates_prefix varchar(40);
alter table document_aud add column bates_begin bigint;
alter table document_aud add column bates_end bigint;
alter table document_aud add column bates_width integer;
alter table document_aud add column production_name varchar(200);
alter table document_aud add column custodian varchar(1000);
alter table document_aud add column confidentiality varchar(30);

create sequence production_seq start with 1 increment by 50;
create sequence production_document_seq start with 1 increment by 50;

create table production (
    id             bigint       not null primary key,
    version        bigint       not null,
    matter_id      bigint       not null references matter (id),
    name           varchar(200) not null,
    bates_prefix   varchar(40)  not null,
    start_number   bigint       not null,
    padding        integer      not null,
    images         varchar(10)  not null,
    status         varchar(20)  not null,
    pages_done     integer      not null,
    pages_total    integer      not null,
    failure        varchar(2000),
    volume_sha256  varchar(64),
    volume_size    bigint,
    created_by     varchar(200) not null,
    created_at     timestamp(6) with time zone not null,
    started_at     timestamp(6) with time zone,
    finished_at    timestamp(6) with time zone,
    constraint uk_production_name unique (matter_id, name)
);

create table production_document (
    id                    bigint        not null primary key,
    production_id         bigint        not null references production (id) on delete cascade,
    matter_id             bigint        not null references matter (id),
    document_id           bigint        not null references document (id),
    position              integer       not null,
    endorsement           varchar(30),
    withheld              boolean       not null,
    privilege             varchar(100),
    privilege_description varchar(4000),
    produced_as           varchar(10),
    bates_prefix          varchar(40),
    bates_begin           bigint,
    bates_end             bigint,
    bates_width           integer,
    constraint uk_production_document unique (production_id, document_id),
    constraint uk_production_position unique (production_id, position),
    constraint uk_production_document_bates unique (matter_id, bates_prefix, bates_begin),
    constraint ck_production_document_bates check (
        (bates_prefix is null and bates_begin is null and bates_end is null and bates_width is null)
        or (bates_prefix is not null and bates_begin is not null and bates_end is not null
            and bates_width is not null and bates_begin >= 0 and bates_end >= bates_begin))
);
create index ix_production_document_document on production_document (document_id);
