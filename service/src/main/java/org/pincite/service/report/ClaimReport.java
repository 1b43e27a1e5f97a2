package org.pincite.service.report;

import java.util.List;

/**
 * The evidence report on one claim and everything below it: the header, one section per claim and
 * element (the claim first, then its elements depth first in their order), the gaps, the counts and
 * the index of the documents cited. {@code includesContext} says whether CONTEXT passages are
 * shown.
 */
public record ClaimReport(
    ReportHeader header,
    boolean includesContext,
    List<ClaimSection> sections,
    List<Gap> gaps,
    ReportCounts counts,
    List<CitedDocument> index) {
  public ClaimReport {
    sections = List.copyOf(sections);
    gaps = List.copyOf(gaps);
    index = List.copyOf(index);
  }

  /**
   * The same report without the reviewers' notes: the version to file, where notes (work product)
   * must not go.
   */
  public ClaimReport withoutNotes() {
    return new ClaimReport(
        header,
        includesContext,
        sections.stream().map(ClaimSection::withoutNotes).toList(),
        gaps,
        counts,
        index);
  }

  /** "Report on Count: Breach of contract". */
  public String title() {
    return "Evidence report: " + header.claimKind() + " \u2014 " + header.claimLabel();
  }
}
