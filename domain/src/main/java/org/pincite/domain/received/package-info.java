/**
 * Productions received from another party: a volume (a Concordance DAT, an Opticon OPT and its
 * IMAGES, TEXT and NATIVES folders) uploaded into a matter, its validation report (each problem
 * with its load-file line), the field mapping the team confirmed, and, once committed, the
 * documents it became with the Bates range and the load file's fields each record carried. A volume
 * is imported whole or not at all.
 */
package org.pincite.domain.received;
