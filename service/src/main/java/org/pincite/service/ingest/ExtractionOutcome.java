package org.pincite.service.ingest;

import java.time.LocalDate;
import java.util.List;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.service.cite.PageLabels;
import org.pincite.service.cite.PrintedPages;
import org.pincite.service.transcript.LineNumberedText;
import org.pincite.service.transcript.TranscriptCaption;

/** What reading an original gave: its text, or why there is none. */
public sealed interface ExtractionOutcome {

  /** Records the outcome on the document: its pages and metadata, or its status and reason. */
  void applyTo(Document document);

  /**
   * Text page by page (page 1 first); {@code failedPages} lists pages that could not be read and
   * are kept empty. Title, author, date and email headers are null when the file does not say.
   * {@code lines} are the numbered lines of each page of a transcript or of pleading paper (empty
   * for any other document), and {@code caption} what a transcript's caption says (else null).
   * {@code pageLabels} are the page numbers the file declares (a PDF's /PageLabels; empty when it
   * declares none): without them the numbers printed in the pages' headers and footers are used.
   * {@code note} says how the text was read when a user should know (null when plainly).
   */
  record Extracted(
      List<String> pages,
      List<Integer> failedPages,
      String title,
      String author,
      LocalDate date,
      EmailHeaders email,
      List<String> pageLabels,
      String note,
      List<List<NumberedLine>> lines,
      TranscriptCaption caption)
      implements ExtractionOutcome {
    public Extracted {
      pages = List.copyOf(pages);
      failedPages = List.copyOf(failedPages);
      lines = lines == null ? List.of() : lines.stream().map(List::copyOf).toList();
      pageLabels =
          pageLabels == null
              ? List.of()
              : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pageLabels));
    }

    public Extracted(
        List<String> pages,
        List<Integer> failedPages,
        String title,
        String author,
        LocalDate date,
        EmailHeaders email) {
      this(pages, failedPages, title, author, date, email, List.of(), null, List.of(), null);
    }

    public Extracted(
        List<String> pages,
        List<Integer> failedPages,
        String title,
        String author,
        LocalDate date,
        EmailHeaders email,
        List<String> pageLabels) {
      this(pages, failedPages, title, author, date, email, pageLabels, null, List.of(), null);
    }

    public Extracted(
        List<String> pages,
        List<Integer> failedPages,
        String title,
        String author,
        LocalDate date,
        EmailHeaders email,
        List<String> pageLabels,
        String note) {
      this(pages, failedPages, title, author, date, email, pageLabels, note, List.of(), null);
    }

    /** This text with a note on how it was read ("read from a repaired copy", ...). */
    public Extracted noted(String how) {
      String both = note == null ? how : note + "; " + how;
      return new Extracted(
          pages, failedPages, title, author, date, email, pageLabels, both, lines, caption);
    }

    public static Extracted text(List<String> pages) {
      return new Extracted(pages, List.of(), null, null, null, null);
    }

    /** A text file read as a transcript: its pages, lines and caption. */
    public static Extracted transcript(LineNumberedText read) {
      return new Extracted(
          read.pages(),
          List.of(),
          null,
          null,
          null,
          null,
          List.of(),
          null,
          read.lines(),
          read.caption());
    }

    /** As {@code this}, with the numbered lines a PDF's margins gave. */
    public Extracted withLines(List<List<NumberedLine>> pageLines, TranscriptCaption read) {
      return new Extracted(
          pages, failedPages, title, author, date, email, pageLabels, note, pageLines, read);
    }

    @Override
    public void applyTo(Document document) {
      if (email != null) {
        document.recordEmailHeaders(email);
      }
      document.fillFromFile(title, date, author);
      List<String> split = pages.stream().flatMap(p -> splitLong(p).stream()).toList();
      List<String> texts;
      if (!lines.isEmpty() && split.size() == pages.size()) {
        texts = pages;
        document.recordText(pages, lines);
      } else {
        texts = split;
        document.recordText(split);
      }
      document.recordPageLabels(
          pageLabels.size() == texts.size() && PageLabels.of(pageLabels).differsFromIndices()
              ? pageLabels
              : PrintedPages.find(texts));
      if (note != null) {
        document.noteOnText(note);
      }
    }

    /**
     * A text longer than a page may hold (a 1 MB email body, say) becomes several pages, cut at a
     * line break where there is one: nothing is dropped.
     */
    static List<String> splitLong(String text) {
      if (text.length() <= Page.MAX_TEXT) {
        return List.of(text);
      }
      List<String> parts = new java.util.ArrayList<>();
      int start = 0;
      while (text.length() - start > Page.MAX_TEXT) {
        int end = text.lastIndexOf('\n', start + Page.MAX_TEXT - 1);
        end = end <= start ? start + Page.MAX_TEXT : end + 1;
        parts.add(text.substring(start, end));
        start = end;
      }
      parts.add(text.substring(start));
      return parts;
    }
  }

  record NeedsPassword(String reason) implements ExtractionOutcome {
    @Override
    public void applyTo(Document document) {
      document.markNeedsPassword(reason);
    }
  }

  record NeedsOcr(String reason) implements ExtractionOutcome {
    @Override
    public void applyTo(Document document) {
      document.markNeedsOcr(reason);
    }
  }

  record Failed(String reason) implements ExtractionOutcome {
    @Override
    public void applyTo(Document document) {
      document.markFailed(reason);
    }
  }
}
