-- Users, the matters they are on, and their API tokens.

create sequence app_user_seq start with 1 increment by 50;
create sequence api_token_seq start with 1 increment by 50;

create table app_user (
    id            bigint       not null primary key,
    version       bigint       not null,
    username      varchar(63)  not null,
    display_name  varchar(200) not null,
    role          varchar(20)  not null,
    password_hash varchar(500) not null,
    enabled       boolean      not null,
    created_at    timestamp(6) with time zone not null,
    constraint uk_app_user_username unique (username)
);

create table matter_member (
    user_id   bigint not null references app_user (id) on delete cascade,
    matter_id bigint not null references matter (id) on delete cascade,
    primary key (user_id, matter_id)
);
create index ix_matter_member_matter on matter_member (matter_id);

create table api_token (
    id           bigint       not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    label        varchar(200) not null,
    token_sha256 varchar(64)  not null,
    created_at   timestamp(6) with time zone not null,
    revoked_at   timestamp(6) with time zone,
    constraint uk_api_token_sha256 unique (token_sha256)
);
create index ix_api_token_user on api_token (user_id);
