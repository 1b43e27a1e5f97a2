package org.pincite.service.view;

import java.util.List;

/**
 * One page of a matter's document list: the rows (each email followed by its attachments) and how
 * many families match in all.
 */
public record DocumentListPage(List<DocumentRow> rows, long families)
    implements java.io.Serializable {}
