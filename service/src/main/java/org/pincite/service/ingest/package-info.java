/**
 * Taking documents in. {@code IngestService} stores an upload's original (the same bytes twice in a
 * matter are one document), names it through {@code FileNames} (the one file-name sanitiser),
 * sniffs its media type from the content ({@code MediaTypeDetector}, {@code ContentSniffer}) and
 * guesses its kind and type ({@code DocumentTypeGuess}); then {@code ExtractionWorker} reads its
 * text in the background outside any transaction, between two short ones in {@code
 * ExtractionRecorder}. {@code ExtractionQueue} holds what waits (matter by matter, taken in turn),
 * shows it, cancels it, keeps OCR within its page budgets ({@code OcrWatch}) and holds a password
 * given for one run.
 *
 * <p><b>The contract.</b> Every format is a {@link org.pincite.service.ingest.TextExtractor}: it
 * declares the media types it reads and reads an {@link org.pincite.service.ingest.Original} into
 * an {@link org.pincite.service.ingest.ExtractionResult}, that is an {@link
 * org.pincite.service.ingest.ExtractionOutcome} (Extracted page by page, NeedsPassword, NeedsOcr,
 * Failed, each with its reason) and the files it contains, which become documents of the same
 * family (at most five levels deep). {@link org.pincite.service.ingest.Extractors} finds the
 * extractors through CDI and picks one by media type; a type none reads is Failed ("Pincite cannot
 * read text from this kind of file"), and two extractors claiming one type are refused (the
 * extraction fails naming both).
 *
 * <p><b>Formats read here:</b> PDF ({@code PdfTextExtractor}: PDFBox page by page, a bad page kept
 * empty and listed; a scan then goes to {@code TesseractOcr} when Tesseract is installed), Word
 * .docx ({@code DocxTextExtractor}, POI), HTML ({@code HtmlTextExtractor}, jsoup), plain text
 * ({@code PlainTextExtractor}) and ZIP archives ({@code ArchiveExtractor} over {@code ZipUnpacker},
 * nested archives included, within one {@code ArchiveBudget} for the upload against ZIP bombs; the
 * detector types a ZIP from its central directory without inflating it); each of .docx, HTML and
 * text is one page. {@code TextDecoding} (charsets) and {@code HtmlText} (HTML as a reader sees it)
 * are shared with the mail room. Email (.eml, .mbox, Outlook .msg) is read in {@link
 * org.pincite.service.ingest.mail}, which depends on this package and never the other way round
 * ({@code MailboxSplitter} stays here because detection needs it).
 *
 * <p><b>What throws.</b> Bad content never throws out of an extractor: it is an outcome with the
 * reason the user sees. {@code TextExtractor.extract} throws {@code IOException} only when the
 * stored original cannot be read, and the worker records that as Failed too, as it does any
 * exception that escapes. Refusals of an upload itself (empty, too large, not storable) are {@link
 * org.pincite.service.ingest.IngestException}; {@code ZipUnpacker} throws its {@code
 * UnsafeArchiveException} for an archive it cannot read at all, which the archive extractor turns
 * into Failed; a spent budget is not an exception but the Failed status of the archive, with what
 * was kept.
 */
package org.pincite.service.ingest;
