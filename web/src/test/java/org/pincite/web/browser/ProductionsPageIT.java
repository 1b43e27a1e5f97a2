package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ProductionsPage;
import org.pincite.web.testing.TestMatter;

/**
 * The productions page in Chromium: a document ticked by the keyboard with an endorsement, the
 * numbering previewed, the production made and followed until done, and its volume downloaded.
 */
@Tag("browser")
class ProductionsPageIT {
  @Test
  void aProductionIsMadeOnThePageAndItsVolumeDownloads() throws IOException {
    TestMatter matter = TestMatter.small("productions-page");
    try (Chromium c = new Chromium()) {
      c.allowDownloads();
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.paralegalName(), TestMatter.PASSWORD);
      ProductionsPage page = c.matter().openProductions();
      c.assertAccessible("productions");
      String title = matter.detail().getJsonArray("documents").getJsonObject(0).getString("title");
      page.name("PRD001 (fiction)", "PRD").include(title, "CONFIDENTIAL");
      String numbering = page.preview();
      assertTrue(numbering.contains("PRD0000001") && numbering.contains("CONFIDENTIAL"), numbering);
      String made = page.makeAndAwait("PRD001 (fiction)");
      assertTrue(made.contains("DONE") && made.contains("PRD0000001"), made);
      page.downloadVolume();
      byte[] zip = c.awaitDownload("zip");
      Set<String> names = new HashSet<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          names.add(e.getName());
        }
      }
      assertTrue(names.contains("VOL001/DATA/VOL001.dat"), names.toString());
      assertTrue(names.contains("VOL001/IMAGES/001/PRD0000001.pdf"), names.toString());
      assertEquals(true, names.contains("VOL001/TEXT/PRD0000001.txt"));
    }
  }
}
