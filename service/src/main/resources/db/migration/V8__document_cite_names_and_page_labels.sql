-- Documents named as lawyers name them (a short cite name, an authority's reporter cite) and the
-- numbers printed on their pages. The page labels are derived from the original, like the text,
-- and are not audited.
alter table document add column short_cite varchar(200);
alter table document add column reporter_cite varchar(200);
alter table document add column page_labels varchar;
alter table document_aud add column short_cite varchar(200);
alter table document_aud add column reporter_cite varchar(200);
