/**
 * Backing beans of the Faces pages, one per page and named after it (matters.xhtml ->
 * MattersBacking), and what they share: what the caller's role lets a page offer ({@code Caller}),
 * the page's CSRF token ({@code CsrfTokenBacking}) and the 404 answer ({@code NotFoundPage}); a
 * self-contained panel of a page has a bean of its own, named after the panel, beside its include
 * in WEB-INF/includes ({@code MotionReviewBacking}, {@code TestimonyBacking}). They call services
 * and hold what the page shows; no rules live here.
 */
package org.pincite.web;
