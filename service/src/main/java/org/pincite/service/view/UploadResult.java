package org.pincite.service.view;

/**
 * The answer to an upload: the new document, or, when the same bytes are already in the matter,
 * that document, with {@code duplicate} set and a message saying so.
 */
public record UploadResult(DocumentRow document, boolean duplicate, String message)
    implements java.io.Serializable {}
