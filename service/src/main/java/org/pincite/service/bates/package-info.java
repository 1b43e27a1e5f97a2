/**
 * The matter's register of Bates numbers: {@code MatterBatesNumbers} numbers a document's pages
 * after checking that no other document (or production) of the matter holds one of the numbers.
 * Called inside the calling service's transaction, after its access check.
 */
package org.pincite.service.bates;
