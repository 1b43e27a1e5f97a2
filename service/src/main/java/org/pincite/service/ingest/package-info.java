/**
 * Reading text out of originals: PDFs page by page with PDFBox, emails with mime4j, plain text.
 * Extractors never throw for bad input; they answer with an {@link
 * org.pincite.service.ingest.ExtractionOutcome}.
 */
package org.pincite.service.ingest;
