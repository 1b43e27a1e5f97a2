/**
 * Per-claim evidence reports and the matter's claim chart: the report model (plain records, built
 * by {@code ReportService} from the database), pin cites a lawyer recognises, and the writers that
 * turn a report into PDF, DOCX and a CSV statement of facts. Nothing here touches the database or
 * the container, so each piece is tested by reading its output back.
 */
package org.pincite.service.report;
