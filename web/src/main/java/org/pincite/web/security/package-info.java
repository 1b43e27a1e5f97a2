/**
 * Sign-in for the web: a form for people (a session afterwards) and HTTP Basic or Bearer tokens for
 * the API; CSRF and response-header protection for every request.
 */
package org.pincite.web.security;
