/**
 * Who the caller is and what they may reach: the identity store behind sign-in (passwords as salted
 * PBKDF2 hashes, API tokens as SHA-256), the first administrator, and the per-matter access check
 * every service makes.
 */
package org.pincite.service.security;
