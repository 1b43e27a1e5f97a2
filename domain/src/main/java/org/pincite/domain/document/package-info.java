/**
 * Filings and evidence: the original file as received (name, type, size, SHA-256), the text of each
 * page, and the family an email forms with its attachments.
 */
package org.pincite.domain.document;
