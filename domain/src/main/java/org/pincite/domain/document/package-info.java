/**
 * Filings and evidence: the original file as received (name, type, size, SHA-256), the text of each
 * page, an email's headers, how far its text has been read ({@code ExtractionStatus}), its kind and
 * type, and the family an email forms with its attachments. With the documents' repository.
 */
package org.pincite.domain.document;
