/**
 * Sign-in for the web: a form for people (a session afterwards) and HTTP Basic or Bearer tokens for
 * the API (a page's click after its session ended is sent to sign-in, and back to that page after);
 * CSRF and response-header protection for every request; {@code SendingPage}, the page a form was
 * sent from.
 */
package org.pincite.web.security;
