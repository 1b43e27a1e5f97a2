/**
 * Redactions that really redact. {@code RedactionService} is the use cases a reviewer has (redact a
 * box or a range of words, list, remove, preview the redacted copy), with their access checks;
 * {@link org.pincite.service.redaction.RedactedPages} is the seam productions call to take a
 * document as a {@link org.pincite.service.redaction.RedactedDocument}: each page drawn within the
 * render budget with its boxes and its ranges' glyphs (found through {@code
 * service.page.PdfTextLayout}, as highlights are) burned in black with REDACTED written in them,
 * each page's text with the redacted words replaced by {@code [REDACTED]}, and the whole PDF with
 * its redacted pages as images only. The original is only ever read.
 */
package org.pincite.service.redaction;
