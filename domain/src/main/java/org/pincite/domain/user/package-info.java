/**
 * The people who use Pincite: their role (what they may do) and the matters they are on (what they
 * may see), and the API tokens they hold.
 */
package org.pincite.domain.user;
