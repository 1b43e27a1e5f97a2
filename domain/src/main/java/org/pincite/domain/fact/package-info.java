/**
 * The matter's facts: sentences the evidence proves, each with a (possibly fuzzy) date, the claims
 * it bears on, its status between the parties, and the marked passages that support or dispute it.
 * What a separate statement or a statement of material facts numbers and cites.
 */
package org.pincite.domain.fact;
