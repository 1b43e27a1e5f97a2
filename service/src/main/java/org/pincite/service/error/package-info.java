/**
 * What the services may answer a caller instead of a result: each failure a user can cause has its
 * own type and a message a person can act on (not found, access denied, a stale edit, a weak
 * password, a query that cannot be read, an unknown report format). The web edges map each to its
 * HTTP status or page; the domain's own rule violations live in {@code org.pincite.domain.shared}.
 */
package org.pincite.service.error;
