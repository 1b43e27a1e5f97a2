/**
 * The database schema: Flyway migrates it at start-up, then Hibernate checks its mapping against
 * it.
 */
package org.pincite.service.schema;
