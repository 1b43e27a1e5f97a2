/**
 * Backing beans of the Faces pages, one per page and named after it (matters.xhtml ->
 * MattersBacking). They call services and hold what the page shows; no rules live here.
 */
package org.pincite.web;
