package org.pincite.domain.redaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.hibernate.envers.Audited;
import org.pincite.domain.annotation.InvalidPassageException;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.Page;
import org.pincite.domain.shared.Require;

/**
 * Words a reviewer withholds from a document when it is produced: a box drawn on one page (its
 * place and size as fractions of the page, from the top left, as the page is shown) or a range of
 * the page text (from an offset on a start page to an offset on an end page, like a passage), with
 * its reason and who made it when. A redaction never changes the original: it says what the
 * produced copy must not show.
 *
 * <p>A box lies wholly inside its page and has some size; a range falls on the document's text and
 * holds words. A range also keeps the words it covered, so that a copy is never produced from a
 * range whose text has since changed under it ({@link #stillCovers}).
 */
@Entity
@Audited
@Table(name = "redaction")
public class Redaction {
  /**
   * The smallest side a box may have: a thousandth of the page (under a point on a letter page).
   */
  public static final double MIN_SIDE = 0.001;

  /** Rounding a browser's or a client's arithmetic may leave past the page's edge. */
  private static final double EDGE_TOLERANCE = 1e-6;

  /** What a redaction covers. */
  public enum Shape {
    /** A rectangle drawn on one page. */
    BOX,
    /** A range of the page text, perhaps across pages. */
    WORDS
  }

  /** A rectangle on a page, as fractions of the page's width and height from its top left. */
  public record Box(double x, double y, double width, double height) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "redaction_seq")
  @SequenceGenerator(name = "redaction_seq", sequenceName = "redaction_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Enumerated(EnumType.STRING)
  @Column(name = "shape", nullable = false, length = 10)
  private Shape shape;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 20)
  private RedactionReason reason;

  /** The box's page, or the range's start page. */
  @Column(name = "first_page", nullable = false)
  private int firstPage;

  /** The box's page, or the range's end page. */
  @Column(name = "last_page", nullable = false)
  private int lastPage;

  @Column(name = "box_x")
  private Double boxX;

  @Column(name = "box_y")
  private Double boxY;

  @Column(name = "box_width")
  private Double boxWidth;

  @Column(name = "box_height")
  private Double boxHeight;

  @Column(name = "start_offset")
  private Integer startOffset;

  @Column(name = "end_offset")
  private Integer endOffset;

  /** The words the range covered when it was made (pages joined as a passage joins them). */
  @Column(name = "quote", length = Passage.MAX_QUOTE)
  private String quote;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Redaction() {}

  private Redaction(Document document, Shape shape, RedactionReason reason, String createdBy) {
    this.document = Require.present(document, "Document");
    this.shape = shape;
    this.reason = Require.present(reason, "Reason");
    this.createdBy = Require.text(createdBy, "Redacted by", 200);
    this.createdAt = Instant.now();
  }

  /**
   * A box on page {@code page} of {@code document}: {@code x}, {@code y} its top left corner and
   * {@code width}, {@code height} its size, all as fractions of the page (0 to 1).
   *
   * @throws InvalidRedactionException when the page is not the document's or the box does not lie
   *     inside it
   */
  public static Redaction box(
      Document document,
      int page,
      double x,
      double y,
      double width,
      double height,
      RedactionReason reason,
      String createdBy) {
    Require.present(document, "Document");
    checkPage(page, document.getPageCount());
    Box box = checkedBox(x, y, width, height);
    Redaction r = new Redaction(document, Shape.BOX, reason, createdBy);
    r.firstPage = page;
    r.lastPage = page;
    r.boxX = box.x();
    r.boxY = box.y();
    r.boxWidth = box.width();
    r.boxHeight = box.height();
    return r;
  }

  /**
   * The words of {@code document} between the two positions (offsets count UTF-16 code units of the
   * page text, end exclusive); when {@code expectedQuote} is given, the text there must read so
   * (white space may differ).
   *
   * @throws InvalidRedactionException when the range is off the text or holds no words
   */
  public static Redaction words(
      Document document,
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String expectedQuote,
      RedactionReason reason,
      String createdBy) {
    Require.present(document, "Document");
    return words(
        document,
        n -> document.page(n).map(Page::getText).orElse(null),
        startPage,
        startOffset,
        endPage,
        endOffset,
        expectedQuote,
        reason,
        createdBy);
  }

  /**
   * As above, reading only the pages the range spans through {@code pageText} (page number to text,
   * null when the page has none).
   */
  public static Redaction words(
      Document document,
      IntFunction<String> pageText,
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String expectedQuote,
      RedactionReason reason,
      String createdBy) {
    Require.present(document, "Document");
    Passage words;
    try {
      words =
          Passage.select(
              pageText,
              document.getPageCount(),
              startPage,
              startOffset,
              endPage,
              endOffset,
              expectedQuote);
    } catch (InvalidPassageException e) {
      throw new InvalidRedactionException(
          e.getMessage().replace("A passage must", "A redacted range must"));
    }
    Redaction r = new Redaction(document, Shape.WORDS, reason, createdBy);
    r.firstPage = startPage;
    r.lastPage = endPage;
    r.startOffset = startOffset;
    r.endOffset = endOffset;
    r.quote = words.getQuote();
    return r;
  }

  /** Restoring a matter archive: the redaction keeps when it was made where it comes from. */
  public void keepArchivedRecord(Instant created) {
    this.createdAt = Require.present(created, "Created at");
  }

  private static void checkPage(int page, int pageCount) {
    if (page < 1 || page > pageCount) {
      throw new InvalidRedactionException(
          "There is no page "
              + page
              + " to redact: the document has "
              + pageCount
              + (pageCount == 1 ? " page" : " pages"));
    }
  }

  private static Box checkedBox(double x, double y, double width, double height) {
    for (double v : new double[] {x, y, width, height}) {
      if (!Double.isFinite(v)) {
        throw new InvalidRedactionException(
            "A box's x, y, w and h are numbers from 0 to 1 (fractions of the page), not " + v);
      }
    }
    checkFraction("x", x);
    checkFraction("y", y);
    if (width < MIN_SIDE || height < MIN_SIDE) {
      throw new InvalidRedactionException(
          "A box must have a size: w and h at least "
              + MIN_SIDE
              + " of the page (not w="
              + format(width)
              + ", h="
              + format(height)
              + ")");
    }
    if (x + width > 1 + EDGE_TOLERANCE) {
      throw new InvalidRedactionException(
          "The box runs off the right of the page: x + w is "
              + format(x + width)
              + "; it must lie inside the page (x + w at most 1)");
    }
    if (y + height > 1 + EDGE_TOLERANCE) {
      throw new InvalidRedactionException(
          "The box runs off the bottom of the page: y + h is "
              + format(y + height)
              + "; it must lie inside the page (y + h at most 1)");
    }
    return new Box(x, y, Math.min(width, 1 - x), Math.min(height, 1 - y));
  }

  private static void checkFraction(String name, double v) {
    if (v < 0 || v >= 1) {
      throw new InvalidRedactionException(
          "A box's "
              + name
              + " is a fraction of the page from 0 to 1 (its "
              + (name.equals("x") ? "left edge" : "top edge")
              + "), not "
              + format(v));
    }
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** Whether this redaction covers anything on page {@code page}. */
  public boolean isOn(int page) {
    return page >= firstPage && page <= lastPage;
  }

  /**
   * The characters of page {@code page}'s text (of {@code length} characters) this range covers:
   * {@code {from, to}}, to exclusive; empty for a box or a page the range does not reach.
   */
  public Optional<int[]> charactersOn(int page, int length) {
    if (shape != Shape.WORDS || !isOn(page)) {
      return Optional.empty();
    }
    int from = page == firstPage ? startOffset : 0;
    int to = page == lastPage ? endOffset : length;
    from = Math.max(0, Math.min(from, length));
    to = Math.max(from, Math.min(to, length));
    return Optional.of(new int[] {from, to});
  }

  /**
   * Whether the range still covers the words it covered when it was made, in the texts {@code
   * pageText} gives now (after a new reading, offsets may point elsewhere). A box always does.
   */
  public boolean stillCovers(IntFunction<String> pageText, int pageCount) {
    if (shape == Shape.BOX) {
      return lastPage <= pageCount;
    }
    try {
      Passage.select(pageText, pageCount, firstPage, startOffset, lastPage, endOffset, quote);
      return true;
    } catch (InvalidPassageException e) {
      return false;
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Document getDocument() {
    return document;
  }

  public Shape getShape() {
    return shape;
  }

  public boolean isBox() {
    return shape == Shape.BOX;
  }

  public RedactionReason getReason() {
    return reason;
  }

  /** The box's page or the range's start page. */
  public int getFirstPage() {
    return firstPage;
  }

  /** The box's page or the range's end page. */
  public int getLastPage() {
    return lastPage;
  }

  /** The box, for a box. */
  public Optional<Box> getBox() {
    return shape == Shape.BOX
        ? Optional.of(new Box(boxX, boxY, boxWidth, boxHeight))
        : Optional.empty();
  }

  /** The range's start offset on its first page, for a range. */
  public Integer getStartOffset() {
    return startOffset;
  }

  /** The range's end offset on its last page (exclusive), for a range. */
  public Integer getEndOffset() {
    return endOffset;
  }

  /** The words the range covered when it was made, for a range. */
  public String getQuote() {
    return quote;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
