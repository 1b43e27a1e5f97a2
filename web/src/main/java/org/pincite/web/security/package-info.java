/**
 * Sign-in for the web: a form for people (a session afterwards) and HTTP Basic or Bearer tokens for
 * the API (a page's click after its session ended is sent to sign-in, and back to that page after;
 * a request with an Authorization header is judged by it alone, never by the session); CSRF by what
 * authenticated the request, and response-header protection, for every request; an API token's
 * scope handed to the services ({@code TokenScopeFilter}, which also refuses a read-only token's
 * changes); uploads refused from their declared size; {@code SendingPage}, the page a form was sent
 * from; and the 503 answer every request gets while Pincite did not start ({@code
 * NotStartedAnswer}).
 */
package org.pincite.web.security;
