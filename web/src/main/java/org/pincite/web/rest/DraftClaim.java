package org.pincite.web.rest;

import jakarta.validation.constraints.NotNull;
import org.pincite.domain.claim.ClaimKind;

/**
 * The body of {@code POST /api/matters/{id}/claims}: a count or defence ({@code parentId} absent,
 * {@code assertedByPartyId} one of the matter's parties) or an element or allegation below {@code
 * parentId}.
 */
public record DraftClaim(
    @NotNull ClaimKind kind, String label, String text, Long assertedByPartyId, Long parentId) {}
