/**
 * Per-claim evidence reports and the matter's claim chart: the report model (plain records, built
 * by {@code ReportService} from the database), and the writers that turn a report into PDF, DOCX
 * and a CSV statement of facts. Only {@code ReportAssembler} reads the database; the model and the
 * writers know nothing of it or of the container, so each writer is tested by reading its output
 * back.
 */
package org.pincite.service.report;
