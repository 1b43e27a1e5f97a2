/**
 * The audit trail's machinery: Hibernate Envers records every change of matters, parties, claims,
 * documents and passages in the same transaction, and {@link
 * org.pincite.service.audit.AuditRevisionListener} stamps each revision with who made it. {@code
 * HistoryService} reads it back; nothing in the application writes to it otherwise.
 */
package org.pincite.service.audit;
