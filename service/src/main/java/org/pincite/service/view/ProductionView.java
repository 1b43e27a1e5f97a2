package org.pincite.service.view;

import java.time.Instant;
import java.util.List;

/**
 * A production as the API and the page show it: its name, status (DRAFT, RUNNING, DONE, FAILED),
 * the first and last Bates numbers given (null before it ran), its progress in pages, why it
 * failed, and its documents in order.
 */
public record ProductionView(
    long id,
    long matterId,
    String name,
    String status,
    String firstNumber,
    String begBates,
    String endBates,
    String images,
    int pagesDone,
    int pagesTotal,
    String failure,
    String createdBy,
    Instant createdAt,
    Instant finishedAt,
    Long volumeSize,
    List<ProducedDocumentView> documents)
    implements java.io.Serializable {}
