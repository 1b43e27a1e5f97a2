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
   * One claim or element. {@code depth} 0 is a count or defence. {@code supporting}, {@code
   * refuting} and {@code context} count the passages on the claim and everything below it (each
   * once); {@code ownSupporting} and {@code ownRefuting} those on the claim itself; {@code gap}: an
   * element (or a count without elements) that nothing supports ({@link EvidenceArithmetic}). The
   * document lists name each document once (exhibit label, else title), in index order; a passage
   * on numbered lines (a transcript, pleading paper) by its page:line cite ("Quinn Dep. 3:25–4:2").
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
      List<String> refutingDocuments,
      int ownSupporting,
      int ownRefuting,
      boolean gap)
      implements java.io.Serializable {
    public Row {
      supportingDocuments = List.copyOf(supportingDocuments);
      refutingDocuments = List.copyOf(refutingDocuments);
    }

    /** A row whose numbers are all its own (a claim with nothing below it). */
    public Row(
        long claimId,
        int depth,
        String kind,
        String label,
        String assertedBy,
        int supporting,
        int refuting,
        int context,
        List<String> supportingDocuments,
        List<String> refutingDocuments) {
      this(
          claimId,
          depth,
          kind,
          label,
          assertedBy,
          supporting,
          refuting,
          context,
          supportingDocuments,
          refutingDocuments,
          supporting,
          refuting,
          supporting == 0);
    }

    /** True when the row is a gap: nothing supports it. */
    public boolean gapSupporting() {
      return gap;
    }

    /** Whether the numbers with the elements differ from those on the claim itself. */
    public boolean rollsUp() {
      return ownSupporting != supporting || ownRefuting != refuting;
    }

    /**
     * "Gap: nothing supports it" for a gap; what the other side has is no gap ("" when there is
     * nothing to say).
     */
    public String gapText() {
      return gap ? "Gap: nothing supports it" : "";
    }
  }
}
