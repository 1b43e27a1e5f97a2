package org.pincite.web.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.pincite.domain.annotation.Stance;

/**
 * The body of PUT /api/annotations/{id}: the new stance, claims and note, and the version they were
 * made on.
 */
public record RestatePassage(
    @NotNull Long version, @NotNull Stance stance, @NotEmpty List<Long> claimIds, String note) {}
