package org.pincite.service.view;

/** What a download of an original needs to say about it before its bytes. */
public record OriginalFile(
    long documentId, String fileName, String mediaType, long size, String sha256) {}
