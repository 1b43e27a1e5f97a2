/**
 * Sign-in for the web: a form for people (a session afterwards) and HTTP Basic or Bearer tokens for
 * the API (a page's click after its session ended is sent to sign-in, and back to that page after;
 * a request with an Authorization header is judged by it alone, never by the session); every
 * password first through the throttle ({@code PasswordSignIn}: 429 or the login page's message,
 * before any hash), every session's user checked at each request, the caller's address decided in
 * one place ({@code ClientAddress}, trusted proxies only); CSRF by what authenticated the request,
 * and response-header protection, for every request; an API token's scope handed to the services
 * ({@code TokenScopeFilter}); uploads refused from their declared size; {@code SendingPage}, the
 * page a form was sent from; and the 503 answer every request gets while Pincite did not start
 * ({@code NotStartedAnswer}).
 */
package org.pincite.web.security;
