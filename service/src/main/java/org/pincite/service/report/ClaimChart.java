package org.pincite.service.report;

import java.util.List;

/**
 * Every claim and element of a matter, in tree order, with how many passages support and refute
 * each and which documents they come from.
 */
public record ClaimChart(ReportHeader header, List<Row> rows, List<CitedDocument> index) {
  public ClaimChart {
    rows = List.copyOf(rows);
    index = List.copyOf(index);
  }

  public String title() {
    return "Claim chart \u2014 " + header.caption();
  }

  /**
   * One claim or element. {@code depth} 0 is a count or defence. The document lists name each
   * document once (exhibit label, else title), in index order.
   */
  public record Row(
      long claimId,
      int depth,
      String kind,
      String label,
      String assertedBy,
      int supporting,
      int refuting,
      int context,
      List<String> supportingDocuments,
      List<String> refutingDocuments)
      implements java.io.Serializable {
    public Row {
      supportingDocuments = List.copyOf(supportingDocuments);
      refutingDocuments = List.copyOf(refutingDocuments);
    }

    /** True when no passage supports the claim. */
    public boolean gapSupporting() {
      return supporting == 0;
    }

    public boolean gapRefuting() {
      return refuting == 0;
    }

    /** "No supporting; no refuting", or an empty string when both sides have evidence. */
    public String gapText() {
      if (supporting > 0 && refuting > 0) {
        return "";
      }
      if (supporting == 0 && refuting == 0) {
        return "No evidence either way";
      }
      return supporting == 0 ? "No supporting evidence" : "No refuting evidence";
    }
  }
}
