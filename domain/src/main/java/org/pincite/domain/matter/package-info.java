/** The matter (one case as a firm files it) and its parties. */
package org.pincite.domain.matter;
