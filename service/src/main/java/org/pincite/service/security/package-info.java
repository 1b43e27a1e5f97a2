/**
 * Who the caller is and what they may reach: the identity store behind sign-in (passwords as salted
 * PBKDF2 hashes, API tokens as SHA-256), the signed-in user as the services see them, the users and
 * memberships an administrator manages, the first administrator ({@code Administrator}, made at
 * start-up), and the per-matter access check every service makes ({@code MatterAccess}).
 */
package org.pincite.service.security;
