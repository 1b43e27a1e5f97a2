/**
 * Claims: counts and defences at the top, their elements and allegations below, each asserted by a
 * party of the matter; a claim never becomes its own ancestor ({@code ClaimCycleException}). With
 * the claims' repository.
 */
package org.pincite.domain.claim;
