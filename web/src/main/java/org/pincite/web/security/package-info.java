/**
 * Sign-in for the web: a form for people (a session afterwards) and HTTP Basic or Bearer tokens for
 * the API; CSRF and response-header protection for every request; uploads refused from their
 * declared size; and the 503 answer every request gets while Pincite did not start ({@code
 * NotStartedAnswer}).
 */
package org.pincite.web.security;
