package org.pincite.service.report;

/** The figures at the top of a report: distinct passages by stance, documents cited, and gaps. */
public record ReportCounts(int supporting, int refuting, int context, int documents, int gaps) {}
