package org.pincite.service.view;

import java.time.Instant;

/**
 * A document waiting in the extraction queue or being read: for whom ({@code requestedBy}, who
 * uploaded it or asked for it to be read again; null after a restart), since when, and its state:
 * WAITING, READING (its text layer), or OCR with {@code ocrPagesDone} of {@code ocrPages}.
 */
public record QueuedDocument(
    long documentId,
    String title,
    long matterId,
    String docketNumber,
    String requestedBy,
    Instant queuedAt,
    long waitingSeconds,
    String state,
    Integer ocrPages,
    int ocrPagesDone)
    implements java.io.Serializable {}
