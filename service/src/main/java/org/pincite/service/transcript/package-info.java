/**
 * Testimony and line-numbered papers: reading transcripts and pleading paper into pages with their
 * numbered lines, and citing passages by page and line.
 *
 * <ul>
 *   <li>{@link org.pincite.service.transcript.TextTranscriptReader}: text transcripts in whatever
 *       layout they come (form feeds, page-number lines of several kinds, {@code 34:1} prefixes,
 *       timestamps, wrapped lines, word indexes), the layout found from the file;
 *   <li>{@link org.pincite.service.transcript.PdfLineNumbers}: line numbers in a PDF's left margin
 *       found from PDFBox text positions: transcripts, condensed sheets of four pages, and 28- or
 *       26-line pleading paper;
 *   <li>{@link org.pincite.service.transcript.TranscriptCaption}: kind, witness, date, volume and
 *       trial day from the caption pages;
 *   <li>{@link org.pincite.service.transcript.TranscriptCite} (pure) and {@link
 *       org.pincite.service.transcript.LineCites} (reads the lines): "Roe Dep. 3:25–4:2", "Hr'g Tr.
 *       12:4", "Trial Tr. (Day 2) 310:1–9", "Jackson Decl. 2:17–21", "Compl. ¶ 7, 2:3–9";
 *   <li>{@link org.pincite.service.transcript.DesignationExchange}: designations as the CSV review
 *       tools exchange and as a DOCX report; {@link
 *       org.pincite.service.transcript.ExhibitMentions}: exhibits named in testimony.
 * </ul>
 *
 * Ingest's PDF and text extractors call the readers; the report room calls the cites. This room
 * depends on the domain, PDFBox, POI, commons-csv and {@code service.text} only.
 */
package org.pincite.service.transcript;
