package org.pincite.service.transcript;

/**
 * One designation as review tools exchange it, a row of {@code Transcript, Page From, Line From,
 * Page To, Line To, Designation, Party, Objection, Ruling}.
 */
public record DesignationRow(
    String transcript,
    int pageFrom,
    int lineFrom,
    int pageTo,
    int lineTo,
    String designation,
    String party,
    String objection,
    String ruling) {

  /** "3:25–4:2" (or "45:3–7"), as the designation report prints the range. */
  public String range() {
    return new TranscriptCite.LineRange(pageFrom, lineFrom, pageTo, lineTo).pageLines();
  }
}
