/** The matter (one case as a firm files it), its parties and their roles, and its repository. */
package org.pincite.domain.matter;
