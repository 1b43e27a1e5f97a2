package org.pincite.web.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.pincite.domain.annotation.Stance;

/**
 * The body of POST /api/documents/{id}/annotations. {@code quote} is optional; when sent it must
 * match.
 */
public record MarkPassage(
    @NotNull Integer startPage,
    @NotNull Integer startOffset,
    @NotNull Integer endPage,
    @NotNull Integer endOffset,
    @NotNull Stance stance,
    @NotEmpty(message = "choose at least one claim the passage bears on") List<Long> claimIds,
    String note,
    String quote) {}
