/**
 * The people who use Pincite: their role (what they may do) and the matters they are on (what they
 * may see), the API tokens they hold, the password rule ({@code PasswordRule}) and the users'
 * repository.
 */
package org.pincite.domain.user;
