/**
 * Receiving a production (issue 16, deliverable 6): a volume ZIP uploaded into a matter is kept as
 * sent ({@link org.pincite.service.received.VolumeArchives}), unpacked within the upload's archive
 * budget, and checked by {@link org.pincite.service.received.VolumeCheck} with the one load-file
 * codec ({@code service.loadfile}): the fields mapped by name ({@link
 * org.pincite.service.received.ImportField}, editable: {@link
 * org.pincite.service.received.FieldMapping}), text, natives and page images linked by path,
 * families rebuilt, and every problem reported by line before anything is stored. A commit ({@link
 * org.pincite.service.received.VolumeWork}) stores every record as a document in one transaction,
 * through the ingest path, and resumes after a restart ({@link
 * org.pincite.service.received.VolumeResume}). Page texts come from the TEXT files by {@link
 * org.pincite.service.received.PageTexts}' rule; a document without one is read like any upload.
 */
package org.pincite.service.received;
