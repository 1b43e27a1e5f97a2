package org.pincite.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.pincite.domain.shared.DomainRuleViolation;

/**
 * One numbered line of a transcript or of pleading paper, as printed: the page number printed on it
 * (a transcript's own page, which for a condensed sheet of four is not the PDF page), the line
 * number (1 to 25 on a transcript, to 28 on pleading paper) and where its words lie in the stored
 * page text (UTF-16 offsets, end exclusive; a blank numbered line has {@code start == end}).
 */
@Embeddable
public class NumberedLine {
  /** More lines than any court paper prints on a page. */
  public static final int MAX_NUMBER = 99;

  @Column(name = "printed_page", nullable = false)
  private int printedPage;

  @Column(name = "line_number", nullable = false)
  private int number;

  @Column(name = "start_offset", nullable = false)
  private int start;

  @Column(name = "end_offset", nullable = false)
  private int end;

  protected NumberedLine() {}

  public NumberedLine(int printedPage, int number, int start, int end) {
    if (printedPage < 1) {
      throw new DomainRuleViolation("A transcript's pages are numbered from 1, not " + printedPage);
    }
    if (number < 1 || number > MAX_NUMBER) {
      throw new DomainRuleViolation(
          "Line " + number + " is no printed line number (1 to " + MAX_NUMBER + ")");
    }
    if (start < 0 || end < start) {
      throw new DomainRuleViolation(
          "Line " + printedPage + ":" + number + " cannot run from " + start + " to " + end);
    }
    this.printedPage = printedPage;
    this.number = number;
    this.start = start;
    this.end = end;
  }

  public int getPrintedPage() {
    return printedPage;
  }

  public int getNumber() {
    return number;
  }

  public int getStart() {
    return start;
  }

  public int getEnd() {
    return end;
  }

  /** "45:3". */
  public String pageLine() {
    return printedPage + ":" + number;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberedLine l
        && l.printedPage == printedPage
        && l.number == number
        && l.start == start
        && l.end == end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(printedPage, number, start, end);
  }

  @Override
  public String toString() {
    return pageLine() + "[" + start + "," + end + ")";
  }
}
