/**
 * Annotations: a passage a reviewer selected in a document, the claims it bears on, and its stance
 * (supports, refutes, context), with the rule that a passage falls on its page text and matches its
 * quote ({@code InvalidPassageException} when not), and the passages' repository.
 */
package org.pincite.domain.annotation;
