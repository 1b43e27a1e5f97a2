/**
 * The people who use Pincite: their role (what they may do) and the matters they are on (what they
 * may see), the API tokens they hold, the record of their password sign-ins ({@code SignIn}), the
 * password rule ({@code PasswordRule}, with its list of common passwords) and the users'
 * repository.
 */
package org.pincite.domain.user;
