package org.pincite.service.search;

import java.io.Serializable;

/**
 * A page suggested as evidence for a claim, with the sentence on it that best matches the claim
 * ({@code startOffset}..{@code endOffset} of the page text, end exclusive): the passage a reviewer
 * marks in one step.
 */
public record Suggestion(
    long documentId,
    String documentTitle,
    int page,
    String snippet,
    float score,
    int startOffset,
    int endOffset,
    String quote)
    implements Serializable {}
