-- A passage that could not be found again after its document's text was extracted anew is kept,
-- marked orphaned with the reason, and listed for review.
alter table annotation add column orphaned boolean default false not null;
alter table annotation add column orphan_reason varchar(500);
alter table annotation_aud add column orphaned boolean;
alter table annotation_aud add column orphan_reason varchar(500);
