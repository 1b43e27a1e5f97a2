package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
  void theClaimChartPageShowsTheChartAndItsPdfExportDownloadsAPdf() throws IOException {
    TestMatter matter = TestMatter.likeTheDemo("claim-chart");
    try (Chromium c = new Chromium()) {
      c.allowDownloads();
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.paralegalName(), TestMatter.PASSWORD);
      ClaimChartPage chart = c.matter().openClaimChart();
      String table = chart.chart();
      assertTrue(
          table.contains("A contract existed")
              && table.contains("Musk knew of and pushed for a for-profit structure"),
          table);
      assertTrue(table.contains("No evidence either way"), "gaps are marked");
      chart.exportPdf();

      byte[] bytes = c.awaitDownload("pdf");
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
