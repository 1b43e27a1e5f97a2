package org.pincite.domain.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * One page of a document's extracted text, numbered from 1. Passages address the text by UTF-16
 * offsets, the unit both Java and the browser count in, so the text is stored exactly as extracted.
 */
@Entity
@Table(name = "page")
public class Page {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_seq")
  @SequenceGenerator(name = "page_seq", sequenceName = "page_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Column(nullable = false)
  private int number;

  /** Longer than any real page; above it Hibernate would want a LOB column on H2. */
  public static final int MAX_TEXT = 1_048_576;

  @Column(name = "page_text", nullable = false, length = MAX_TEXT)
  private String text;

  /**
   * The page's numbered lines when it is transcript or pleading paper, in the order printed; empty
   * for any other page. They address the same text as passages do.
   */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "page_line", joinColumns = @JoinColumn(name = "page_id"))
  @OrderColumn(name = "position")
  private List<NumberedLine> lines = new ArrayList<>();

  protected Page() {}

  Page(Document document, int number, String text) {
    this.document = Require.present(document, "Document");
    if (number < 1) {
      throw new DomainRuleViolation("Pages are numbered from 1, not " + number);
    }
    this.number = number;
    this.text = text == null ? "" : text;
    if (this.text.length() > MAX_TEXT) {
      throw new DomainRuleViolation(
          "Page "
              + number
              + " has "
              + this.text.length()
              + " characters of text; at most "
              + MAX_TEXT
              + " are kept per page");
    }
  }

  /**
   * The page's text as read anew (a new OCR, a better extractor); passages are re-anchored after.
   */
  void replaceText(String newText) {
    String t = newText == null ? "" : newText;
    if (t.length() > MAX_TEXT) {
      throw new DomainRuleViolation(
          "Page "
              + number
              + " has "
              + t.length()
              + " characters of text; at most "
              + MAX_TEXT
              + " are kept per page");
    }
    this.text = t;
    this.lines.clear();
  }

  /** Records the page's numbered lines, which must lie within its text. */
  void numberLines(List<NumberedLine> numbered) {
    for (NumberedLine line : numbered) {
      if (line.getEnd() > text.length()) {
        throw new DomainRuleViolation(
            "Line "
                + line.pageLine()
                + " ends at "
                + line.getEnd()
                + ", past the "
                + text.length()
                + " characters of page "
                + number);
      }
    }
    lines.clear();
    lines.addAll(numbered);
  }

  /** The numbered lines, empty unless the page is transcript or pleading paper. */
  public List<NumberedLine> getLines() {
    return List.copyOf(lines);
  }

  public boolean isLineNumbered() {
    return !lines.isEmpty();
  }

  public Long getId() {
    return id;
  }

  public Document getDocument() {
    return document;
  }

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }
}
