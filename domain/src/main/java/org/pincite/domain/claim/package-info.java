/**
 * Claims: counts and defences at the top, their elements and allegations below, each asserted by a
 * party of the matter.
 */
package org.pincite.domain.claim;
