/**
 * The database schema: {@code SchemaStartup} has Flyway migrate it at start-up, once the settings
 * have passed their check, then Hibernate checks its mapping against it ({@code DatabaseSchema},
 * also used by the tests).
 */
package org.pincite.service.schema;
