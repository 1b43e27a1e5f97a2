/**
 * Matter archives brought in from another installation: each import's status (checking, restoring,
 * restored or refused with the problems found) and the audit trail the archive carried, kept as it
 * was recorded there. The archive's format and its reading live in {@code service.archive}.
 */
package org.pincite.domain.archive;
