-- API tokens get a life (expires_at), a scope (access: READ_ONLY or READ_WRITE, and optionally one
-- matter) and the time they were last used (kept to the minute).
-- Tokens made before this migration keep working for 90 days from it, with the access they had.

alter table api_token add column expires_at timestamp(6) with time zone;
alter table api_token add column access varchar(20) default 'READ_WRITE' not null;
alter table api_token add column matter_id bigint references matter (id) on delete cascade;
alter table api_token add column last_used_at timestamp(6) with time zone;

update api_token set expires_at = current_timestamp + interval '90' day;
alter table api_token alter column expires_at set not null;
create index ix_api_token_matter on api_token (matter_id);
