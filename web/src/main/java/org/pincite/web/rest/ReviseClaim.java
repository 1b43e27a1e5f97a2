package org.pincite.web.rest;

/**
 * The body of {@code PUT /api/claims/{id}}: the claim's new wording and, optionally, another claim
 * of the matter to nest it under.
 */
public record ReviseClaim(String label, String text, Long parentId) {}
