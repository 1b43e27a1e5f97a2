/**
 * The REST API under /api: resources call services and answer JSON (the services' read models, or a
 * record of the API's own where a model carries what only a page needs, e.g. {@link
 * org.pincite.web.rest.ClaimCount}). Every error comes back as {@link
 * org.pincite.web.rest.ErrorBody} {@code {"error": "..."}} through one mapper per failure: the
 * services' exceptions, validation, unreadable bodies ({@link
 * org.pincite.web.rest.MalformedBodyMapper}) and the runtime's own refusals ({@link
 * org.pincite.web.rest.WebApplicationMapper}). {@link org.pincite.web.rest.PinciteApi} declares the
 * OpenAPI document served at /openapi.
 */
package org.pincite.web.rest;
