/**
 * The application services, and only they: each public method is one transaction and one use case
 * of the UI or the API, checked for access through {@link
 * org.pincite.service.security.MatterAccess}. Pages and REST resources call these, never the
 * repositories. Around them: {@code command} (what callers hand in), {@code view} (what they get
 * back), {@code error} (what they may be told), and the infrastructure rooms ({@code ingest},
 * {@code page}, {@code search}, {@code report}, {@code chronology}, {@code text}, {@code store},
 * {@code jpa}, {@code schema}, {@code audit}, {@code security}, {@code settings}, {@code health},
 * {@code demo}).
 */
package org.pincite.service;
