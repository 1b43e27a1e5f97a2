package org.pincite.domain.document;

import java.util.List;

/**
 * One page of a matter's document list: its documents, each family's email followed by its
 * attachments, and how many families match in all.
 */
public record DocumentSlice(List<Document> documents, long families) {}
