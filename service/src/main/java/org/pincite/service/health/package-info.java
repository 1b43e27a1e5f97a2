/**
 * What {@code /health} reports (MicroProfile Health). Readiness: the settings passed their start-up
 * check ({@link org.pincite.service.health.SettingsHealth}, DOWN with the same one-line reason the
 * log gives), the database answers ({@link org.pincite.service.health.DatabaseHealth}), the
 * originals directory can be written ({@link org.pincite.service.health.OriginalsHealth}) and the
 * search index answers a query ({@link org.pincite.service.health.SearchIndexHealth}). Liveness:
 * the server has memory left ({@link org.pincite.service.health.MemoryHealth}). The checks only
 * read: none of them repairs or retries anything.
 */
package org.pincite.service.health;
