/**
 * The REST API under /api: resources call services and return their read models as JSON; errors
 * come back as {@code {"error": "..."}} with a fitting status, one exception mapper per kind of
 * failure (not found, access denied, rule violation, stale edit, refused upload, malformed query,
 * invalid request).
 */
package org.pincite.web.rest;
