/**
 * Bates numbers: the prefix and zero-padded counter every produced page is known by ({@code
 * BatesNumber}), a document's run of them ({@code BatesRange}, one number per page), the numbering
 * that hands out contiguous ranges from a start ({@code BatesNumbering}), the confidentiality
 * designation stamped beside them ({@code Confidentiality}) and the rule that a number is never
 * reused in a matter ({@code BatesNumberTaken}). Knows nothing of documents or productions.
 */
package org.pincite.domain.bates;
