/**
 * Who the caller is and what they may reach: the identity store behind sign-in (passwords as salted
 * PBKDF2 hashes, API tokens as SHA-256, with their expiry and last use) with the record of password
 * sign-ins ({@code UserDirectory}), the throttle that holds back guessing before a password is
 * hashed ({@code SignInThrottle}), the signed-in user as the services see them, what the API token
 * that signed a request allows ({@code TokenGrant}, kept for the request by {@code SignedRequest}),
 * the first administrator ({@code Administrator}, made at start-up), and {@code MatterAccess}, the
 * one gate every service asks for a matter's objects: found and visible to the caller (and
 * changeable by their role), or not found.
 */
package org.pincite.service.security;
