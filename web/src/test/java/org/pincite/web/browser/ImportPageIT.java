package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ImportsPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionVolume;
import org.pincite.web.testing.TestMatter;

/**
 * The received-productions page in Chromium: a volume (fiction, written by the test) uploaded, its
 * report read with the problem's line, a field mapped by hand, the volume committed by keyboard,
 * and its documents listed; the page is axe-clean at each step.
 */
@Tag("browser")
class ImportPageIT {
  @Test
  void aVolumeIsUploadedItsReportReadItsMappingChangedAndItIsCommitted() throws Exception {
    TestMatter matter = TestMatter.small("import-page");
    FictionVolume volume =
        new FictionVolume("VOL007", "Bates Begin", "Bates End", "Owner", "Sent", "TEXTPATH");
    volume
        .record(
            "PGE0000001",
            "PGE0000001",
            "Jane Roe",
            "2018-02-01",
            volume.text("PGE0000001", "The first page's words."))
        .record(
            "PGE0000004",
            "PGE0000004",
            "John Doe",
            "not a date",
            volume.text("PGE0000004", "A later page."));
    Path zip = Files.createTempFile("VOL007-", ".zip");
    Files.write(zip, volume.zip());
    try (Chromium c = new Chromium()) {
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.paralegalName(), TestMatter.PASSWORD);
      c.driver().findElement(org.openqa.selenium.By.id("imports-link")).click();
      ImportsPage page = c.imports();
      c.until(d -> d.getCurrentUrl().contains("imports.xhtml"));
      c.assertAccessible("imports.xhtml (empty)");
      page.upload(zip).awaitStatus("VALIDATED", 60);
      assertTrue(page.status().startsWith("Checked: 2 records"), page.status());
      assertEquals("Encoding: UTF-8 with BOM", page.encoding());
      String report = page.report();
      assertTrue(
          report.contains("BATES_GAP") && report.contains("2 Bates numbers are missing"), report);
      assertTrue(report.contains("PGE0000004"), report);
      c.assertAccessible("imports.xhtml (report)");

      page.map("Owner", "CUSTODIAN").map("Sent", "DATESENT");
      c.driver().findElement(org.openqa.selenium.By.id("report:remap")).click();
      c.until(d -> page.report().contains("BAD_DATE"));
      assertTrue(page.report().contains("'not a date' is not a date"), page.report());

      page.commitByKeyboard().awaitStatus("IMPORTED", 60);
      assertTrue(page.status().startsWith("Imported: 2 documents"), page.status());
      assertTrue(
          page.documents().contains("PGE0000001") && page.documents().contains("PGE0000004"));
      c.assertAccessible("imports.xhtml (imported)");
    } finally {
      Files.deleteIfExists(zip);
    }
    JsonObject doc =
        Api.object(matter.admin().get("api/matters/" + matter.id()))
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> "PGE0000001".equals(d.getString("begBates", null)))
            .findFirst()
            .orElseThrow();
    assertEquals("Jane Roe", doc.getString("custodian"), "the mapping chosen on the page was used");
  }
}
