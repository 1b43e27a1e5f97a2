package org.pincite.service.view;

import java.time.Instant;
import java.util.List;

/** One archive import: its status, the matter it restored (when it did) and what refused it. */
public record ArchiveImportView(
    long id,
    String status,
    Long matterId,
    List<String> problems,
    String fileName,
    String requestedBy,
    Instant requestedAt,
    Instant finishedAt) {}
