/**
 * Taking documents in: {@code IngestService} stores an upload's original (ZIPs unpacked within
 * limits, the media type sniffed from the content, kind and type guessed), then a background worker
 * reads its text outside any transaction and records the outcome in a second one. Formats read: PDF
 * (page by page with PDFBox, OCR with Tesseract for scans), email (.eml, .mbox with mime4j; Outlook
 * .msg with POI) with attachments as a family, DOCX and other Office files, HTML and plain text.
 * Bad input does not throw out of an extractor: it answers with an {@link
 * org.pincite.service.ingest.ExtractionOutcome} saying what failed and why (failed, needs a
 * password, needs OCR); refusals of the upload itself are {@link
 * org.pincite.service.ingest.IngestException}.
 */
package org.pincite.service.ingest;
