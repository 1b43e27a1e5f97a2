/**
 * The Faces edges every page shares: an address whose parameter is missing or not a number, and a
 * service's not-found, answer the 404 page ({@code InvalidAddressListener}, {@code
 * PageExceptionHandler}); rule violations, stale edits and refused roles become a message on the
 * page; an expired view state or a post without its nonce reloads the page with a message. Both are
 * registered in {@code WEB-INF/faces-config.xml}, as is {@code AccessibleMessagesRenderer}, the
 * pages' messages as lists that screen readers (and axe-core) read as lists.
 */
package org.pincite.web.faces;
