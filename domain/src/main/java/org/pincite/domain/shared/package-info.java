/** What every aggregate shares: the rule-violation exception and argument checks. */
package org.pincite.domain.shared;
