/**
 * The REST API under /api: resources call services and return their read models as JSON; errors
 * come back as {@code {"error": "..."}} with a fitting status.
 */
package org.pincite.web.rest;
