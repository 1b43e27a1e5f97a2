/**
 * Redactions: what a reviewer removes from a document before it is produced, either a box drawn on
 * a page ({@link org.pincite.domain.redaction.Redaction#box}) or a range of the page text ({@link
 * org.pincite.domain.redaction.Redaction#words}), each with its reason ({@link
 * org.pincite.domain.redaction.RedactionReason}: privilege, work product, privacy, trade secret)
 * and who made it when; the rules that a box lies inside its page and a range falls on the text
 * ({@code InvalidRedactionException} when not), and their repository. The original is never
 * touched: a redaction is burned into the produced copy only ({@code service.redaction}).
 */
package org.pincite.domain.redaction;
