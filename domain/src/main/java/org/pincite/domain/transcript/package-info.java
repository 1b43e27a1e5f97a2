/**
 * Testimony: a {@link org.pincite.domain.transcript.Transcript} is what Pincite knows of a
 * deposition, hearing or trial record beside its document (kind, witness, date, volume, first
 * page), and a {@link org.pincite.domain.transcript.Designation} is a page:line range of it that a
 * party offers, with the other side's objection and the court's ruling. The numbered lines
 * themselves are the pages' ({@link org.pincite.domain.document.NumberedLine}), because pleading
 * paper has them too.
 */
package org.pincite.domain.transcript;
