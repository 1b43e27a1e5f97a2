/**
 * The application services, and only they: each public method is one transaction and one use case
 * of the UI or the API, and gets the matter, document, claim or passage it names from the one gate,
 * {@link org.pincite.service.security.MatterAccess} (found, visible to the caller, and changeable
 * by their role, or a not-found that looks the same for every other matter). Searches, chronologies
 * and reports are injected beans the services call after that check. Pages and REST resources call
 * these, never the repositories. Around them: {@code command} (what callers hand in), {@code view}
 * (what they get back), {@code error} (what they may be told), and the infrastructure rooms ({@code
 * ingest}, {@code page}, {@code search}, {@code report}, {@code cite}, {@code chronology}, {@code
 * text}, {@code store}, {@code jpa}, {@code schema}, {@code audit}, {@code security}, {@code
 * settings}, {@code health}, {@code demo}).
 */
package org.pincite.service;
