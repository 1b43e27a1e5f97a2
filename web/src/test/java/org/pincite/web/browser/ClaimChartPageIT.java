package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ClaimChartPage;
import org.pincite.web.testing.TestMatter;

/** The claim chart page in Chromium: the chart, its gaps, and its PDF export downloaded. */
@Tag("browser")
class ClaimChartPageIT {
  @Test
  void theClaimChartPageShowsTheChartAndItsPdfExportDownloadsAPdf()
      throws IOException, InterruptedException {
    TestMatter matter = TestMatter.likeTheDemo("claim-chart");
    Path downloads = Files.createTempDirectory("pincite-downloads");
    try (Chromium c = new Chromium()) {
      c.driver()
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.paralegalName(), TestMatter.PASSWORD);
      ClaimChartPage chart = c.matter().openClaimChart();
      String table = chart.chart();
      assertTrue(
          table.contains("A contract existed")
              && table.contains("Musk knew of and pushed for a for-profit structure"),
          table);
      assertTrue(table.contains("Gap: nothing supports it"), "gaps are marked");
      chart.exportPdf();

      Path pdf = null;
      for (int i = 0; i < 120 && pdf == null; i++) {
        try (Stream<Path> files = Files.list(downloads)) {
          pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
        }
        Thread.sleep(250);
      }
      assertTrue(pdf != null, "a PDF was downloaded into " + downloads);
      byte[] bytes = Files.readAllBytes(pdf);
      assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
      try (PDDocument doc = Loader.loadPDF(bytes)) {
        assertTrue(
            new PDFTextStripper()
                .getText(doc)
                .replaceAll("\\s+", " ")
                .contains("Element: A contract existed"));
      }
    }
  }
}
