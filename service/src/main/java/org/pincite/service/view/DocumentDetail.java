package org.pincite.service.view;

import java.util.List;

/**
 * A document with the matter it belongs to, its email header block (for emails) and its family's
 * attachments.
 */
public record DocumentDetail(
    DocumentRow document, EmailView email, List<DocumentRow> attachments, MatterSummary matter)
    implements java.io.Serializable {}
