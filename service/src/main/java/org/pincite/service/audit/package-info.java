/**
 * The audit trail: Hibernate Envers records every change of matters, parties, claims, documents and
 * passages in the same transaction, with who made it; this package reads it back as history.
 * Nothing in the application writes to it otherwise.
 */
package org.pincite.service.audit;
