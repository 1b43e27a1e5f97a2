package org.pincite.service.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.page.PageImages;

/**
 * The pixel budget of page renders, on a PDF written here (fiction): one page of 14,400 points
 * square, the largest PDF allows, which at the viewer's 110 dpi would be a 22,000 × 22,000 image.
 */
class RenderBudgetTest {
  @TempDir Path cacheDir;

  /** A one-page PDF of {@code points} square with a line across it. */
  static byte[] hugePagePdf(float points) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(points, points));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.moveTo(0, 0);
        content.lineTo(points, points);
        content.stroke();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPageThatFitsIsDrawnAtTheResolutionAsked() {
    RenderBudget budget = RenderBudget.server();
    assertEquals(110 / 72f, budget.scaleFor(612, 792, 110), 1e-6, "letter at 110 dpi");
    assertEquals(300 / 72f, budget.scaleFor(842, 1191, 300), 1e-6, "A3 at 300 dpi");
  }

  @Test
  void aHugePageIsDrawnAtTheResolutionThatFitsTheBudgetOfAPage() {
    RenderBudget budget = new RenderBudget(1_000_000, 2_000_000);
    float scale = budget.scaleFor(14_400, 14_400, 110);
    long pixels = RenderBudget.pixels(14_400, 14_400, scale);
    assertTrue(pixels <= 1_000_000, pixels + " pixels");
    assertTrue(pixels > 990_000, "not needlessly small: " + pixels + " pixels");
    // Any shape: a long thin strip too.
    float strip = budget.scaleFor(14_400, 3, 200);
    assertTrue(RenderBudget.pixels(14_400, 3, strip) <= 1_000_000);
  }

  @Test
  void theViewerDrawsTheHugePageWithinTheServersBudget() throws IOException {
    byte[] pdf = hugePagePdf(14_400);
    assertTrue(pdf.length < 1_000, "a small file: " + pdf.length + " bytes");
    byte[] png = new PageImages(cacheDir).png("ab".repeat(32), pdf, null, 1, 110);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    long pixels = (long) image.getWidth() * image.getHeight();
    assertTrue(
        pixels <= RenderBudget.DEFAULT_MAX_PIXELS_PER_PAGE,
        image.getWidth() + " × " + image.getHeight());
    assertEquals(image.getWidth(), image.getHeight(), 1, "still square");
    assertTrue(image.getWidth() >= 4_990, "as large as the budget allows: " + image.getWidth());
  }

  @Test
  void rendersAtOnceShareThePoolAndOneThatCannotGetItsPixelsInTimeIsRefused() throws Exception {
    RenderBudget budget = new RenderBudget(1_000_000, 1_000_000, 200);
    byte[] pdf = hugePagePdf(14_400);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      try (RenderBudget.Lease held = budget.reserve(500_000, "hold half")) {
        assertEquals(500_000, budget.freePixels());
        RenderBudget.RenderBusyException busy =
            assertThrows(
                RenderBudget.RenderBusyException.class,
                () -> budget.render(document, renderer, 0, 110, ImageType.GRAY));
        assertTrue(busy.getMessage().contains("draw page 1"), busy.getMessage());
      }
      assertEquals(1_000_000, budget.freePixels(), "the lease gave its pixels back");
    }
    // Two huge pages at once with room for one: they take turns, and both are drawn.
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      RenderBudget patient = new RenderBudget(1_000_000, 1_000_000);
      Callable<BufferedImage> draw =
          () -> {
            try (PDDocument document = Loader.loadPDF(pdf)) {
              return patient.render(document, new PDFRenderer(document), 0, 200, ImageType.GRAY);
            }
          };
      for (Future<BufferedImage> done : two.invokeAll(List.of(draw, draw))) {
        BufferedImage image = done.get();
        assertTrue((long) image.getWidth() * image.getHeight() <= 1_000_000);
      }
      assertEquals(1_000_000, patient.freePixels());
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void aBudgetMustHoldAtLeastOnePageAtOnce() {
    assertThrows(IllegalArgumentException.class, () -> new RenderBudget(10, 5));
    assertThrows(IllegalArgumentException.class, () -> new RenderBudget(0, 5));
  }
}
