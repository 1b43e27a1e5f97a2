package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.MatterPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * An administrator's archive buttons in Chromium: "Archive (ZIP)" on the matter page downloads the
 * matter, "Restore a matter archive" on the matters page restores it under another docket number
 * and links to the new matter; the same archive with one byte of an original changed is refused
 * with the original named.
 */
@Tag("browser")
class ArchivePagesIT {
  @Test
  void anAdministratorArchivesAMatterAndRestoresItFromTheMattersPage() throws Exception {
    TestMatter matter = TestMatter.small("archive-pages");
    String caption = matter.detail().getString("caption");
    try (Chromium c = new Chromium()) {
      c.allowDownloads();
      c.signInAt("matter.xhtml?id=" + matter.id(), Api.ADMIN, Api.ADMIN_PASSWORD);
      c.matter().awaitCaption(caption);
      c.driver().findElement(By.id("archive-link")).click();
      byte[] archive = c.awaitDownload("zip");
      Path file = Files.createTempFile("archive-pages", ".pincite.zip");
      Files.write(file, archive);

      String restored = c.matters().open().restoreArchive(file, matter.docket() + "-COPY");
      assertEquals("RESTORED", restored, c.matters().importProblems().toString());
      MatterPage copy = c.matters().openRestoredMatter(caption);
      assertTrue(copy.meta().contains(matter.docket() + "-COPY"), copy.meta());

      Path tampered = Files.createTempFile("archive-pages-tampered", ".zip");
      Files.write(tampered, oneByteOfAnOriginalChanged(archive));
      assertEquals("REFUSED", c.matters().open().restoreArchive(tampered, null));
      List<String> problems = c.matters().importProblems();
      assertTrue(
          problems.stream().anyMatch(p -> p.startsWith("originals/") && p.contains("hash to")),
          problems.toString());
    }
  }

  private static byte[] oneByteOfAnOriginalChanged(byte[] archive) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean changed = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        if (!changed && e.getName().startsWith("originals/")) {
          content[0] ^= 1;
          changed = true;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
