-- The matter's document list opens newest first, a page of families at a time (10,000 documents
-- and more): the families of a matter by when they were added.
create index ix_document_matter_added on document (matter_id, added_at);
