/**
 * Backups of a running installation restored as the README says and started from: {@code
 * BackupRestoreIT} backs up the shared test server while it takes uploads, restores the backup into
 * a fresh data directory and starts a server of its own on it.
 */
package org.pincite.web.backup;
