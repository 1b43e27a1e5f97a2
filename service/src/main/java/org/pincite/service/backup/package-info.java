/**
 * A consistent backup of a running installation: the database first (H2's online {@code BACKUP TO},
 * or {@code pg_dump} for PostgreSQL, each one transaction's view), then the originals by hash.
 * Originals are written before the row that names them commits and never change or go, so every
 * original the database snapshot names is on disk when it is copied; the ones uploaded after the
 * snapshot are extras, set aside by the start-up reconciliation after a restore.
 */
package org.pincite.service.backup;
