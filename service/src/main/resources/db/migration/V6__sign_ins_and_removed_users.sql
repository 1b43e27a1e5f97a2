-- Sign-ins with a password (accepted or refused, and why), and users removed softly.

alter table app_user add column removed_at timestamp(6) with time zone;

create sequence sign_in_seq start with 1 increment by 50;

-- The user name as given, not a reference: attempts on unknown names count too, and a removed
-- user's sign-ins keep their name.
create table sign_in (
    id               bigint       not null primary key,
    username         varchar(63)  not null,
    attempted_at     timestamp(6) with time zone not null,
    address          varchar(64)  not null,
    via              varchar(10)  not null,
    outcome          varchar(20)  not null,
    reason           varchar(300),
    session_ref      varchar(64),
    session_ended_at timestamp(6) with time zone
);
create index ix_sign_in_username on sign_in (username, attempted_at);
create index ix_sign_in_session on sign_in (session_ref);
