/**
 * The summary-judgment papers built from the matter's facts: California's separate statement (rule
 * 3.1350: per cause of action or defense, its material facts numbered consecutively across issues
 * in a two-column table of evidence and response) and the federal statement of material facts
 * (numbered paragraphs, each fact and its citations, and the counterstatement answering each), as
 * DOCX and PDF; and the review that goes with a motion: what is not yet proven, and where the
 * evidence marked conflicts. {@code StatementAssembler} and {@code MotionReview} read the database;
 * the model ({@code Statement} and its records) and the writers know nothing of it, so each writer
 * is tested by reading its output back. Cites come from {@link
 * org.pincite.service.report.PassageCites}, the same as the reports print; {@code CitableSources}
 * alone decides whether a fact's source can be cited as it stands (found again, a page:line cite on
 * line-numbered paper, a Bates number on a Bates-numbered document).
 */
package org.pincite.service.statement;
