package org.pincite.service.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.Corpus;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.page.PdfTextLayout.Box;

class PdfTextLayoutTest {
  @TempDir Path dir;
  private final PdfTextLayout layout = new PdfTextLayout();

  /**
   * A letter page with two lines at known places: 1 inch from the left, 1 and 2 inches from the
   * top.
   */
  private Path twoLines() throws IOException {
    Path file = dir.resolve("two-lines.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      pdf.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
        s.newLineAtOffset(72, 792 - 72);
        s.showText("The founding agreement was never signed.");
        s.newLineAtOffset(0, -72);
        s.showText("Second line of the exhibit.");
        s.endText();
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  private String textOf(Path pdf, int page) {
    ExtractionOutcome.Extracted e =
        (ExtractionOutcome.Extracted) new PdfTextExtractor().extract(pdf, null);
    return e.pages().get(page - 1);
  }

  @Test
  void boxesAPassageWhereItIsPrintedOneBoxPerLine() throws IOException {
    Path pdf = twoLines();
    String text = textOf(pdf, 1);
    int from = text.indexOf("agreement");
    List<Box> word =
        layout.boxes("sha-two-lines", () -> pdf, 1, text, from, from + "agreement".length());
    assertEquals(1, word.size());
    Box b = word.get(0);
    // "The founding " in 12 pt Times is about 66 pt wide: the word starts near 138 of 612 points.
    assertEquals((72 + 66) / 612.0, b.x(), 0.02);
    assertTrue(
        b.y() < 72 / 792.0 && b.y() + b.height() > 72 / 792.0,
        "the box spans the first baseline: " + b);
    assertEquals(50 / 612.0, b.width(), 0.02);

    List<Box> both =
        layout.boxes("sha-two-lines", () -> pdf, 1, text, from, text.indexOf("exhibit"));
    assertEquals(2, both.size(), String.valueOf(both));
    assertTrue(both.get(1).y() > both.get(0).y() + 0.05, "the second line lies an inch lower");
    assertEquals(72 / 612.0, both.get(1).x(), 0.005);
  }

  @Test
  void noBoxesWhenTheStoredTextIsNotWhatThePdfSays() throws IOException {
    Path pdf = twoLines();
    assertTrue(layout.boxes("sha-ocr", () -> pdf, 1, "text from an OCR pass", 0, 4).isEmpty());
    assertTrue(
        layout.boxes("sha-missing", () -> dir.resolve("absent.pdf"), 1, "x", 0, 1).isEmpty());
  }

  @Test
  void aRealOpinionsWordsAreBoxedInsideThePageInReadingOrder() {
    Corpus.Entry opinion = Corpus.entries("pdf/court_cl_10thCircuit-06-6247.pdf").get(0);
    String text = textOf(opinion.path(), 2);
    int first = text.indexOf(' ') + 1;
    int late = text.lastIndexOf(' ', text.length() - 40) - 10;
    List<Box> top = layout.boxes(opinion.sha256(), opinion::path, 2, text, 0, first);
    List<Box> bottom = layout.boxes(opinion.sha256(), opinion::path, 2, text, late, late + 5);
    assertFalse(top.isEmpty());
    assertFalse(bottom.isEmpty());
    for (Box b : List.of(top.get(0), bottom.get(0))) {
      assertTrue(
          b.x() >= 0 && b.x() + b.width() <= 1 && b.y() >= 0 && b.y() + b.height() <= 1,
          String.valueOf(b));
    }
    assertTrue(top.get(0).y() < bottom.get(0).y(), top + " above " + bottom);
  }
}
