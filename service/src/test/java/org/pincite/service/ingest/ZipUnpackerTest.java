package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;
import org.pincite.service.ingest.ExtractionResult.Unpacked;

/** Archives judged before they are opened, and one budget for all the archives of an upload. */
class ZipUnpackerTest {
  private static final long MB = 1024 * 1024;

  @Test
  void theBombBuilderMakesAnArchiveThatReallyInflatesToItsZeros() throws IOException {
    byte[] zip = ZipBombs.zeros("zeros.bin", 2);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      assertEquals("zeros.bin", in.getNextEntry().getName());
      byte[] all = in.readAllBytes(); // the CRC is checked at the end
      assertEquals(32 * MB, all.length);
      for (byte b : all) {
        assertEquals(0, b);
      }
    }
  }

  @Test
  void aGigabyteOfZerosIsTypedZipFromItsDirectoryWithoutInflatingAnything() throws IOException {
    byte[] zip = ZipBombs.zeros("zeros.bin", 64); // 1 GiB in about 1 MB
    assertTrue(zip.length < 2 * MB, zip.length + " bytes");
    long start = System.nanoTime();
    assertEquals(MediaTypeDetector.ZIP, MediaTypeDetector.detect(zip, "evidence.zip"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 1_000, "typed in " + millis + " ms");
  }

  @Test
  void aBombIsStoppedByItsDeclaredSizeBeforeAByteIsInflated() throws IOException {
    byte[] zip = ZipBombs.zeros("zeros.bin", 64);
    long start = System.nanoTime();
    Unpacked unpacked = new ZipUnpacker(new ArchiveBudget(10_000, 200 * MB, 200, 3)).unpack(zip);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 1_000, "judged in " + millis + " ms");
    assertEquals(List.of(), unpacked.files());
    assertTrue(
        unpacked
            .stopped()
            .startsWith(
                "The archive expands beyond the upload budget of 10,000 entries / 200 MB: stopped"
                    + " at 'zeros.bin' (it expands more than 200 times its compressed size"),
        unpacked.stopped());
    assertTrue(unpacked.stopped().contains("The original is kept; the 0 files"));
  }

  @Test
  void nestedArchivesShareOneBudgetOfEntries() throws IOException {
    byte[] zip = ZipBombs.nested(6, 3); // 6 + 36 + 216 entries
    assertTrue(zip.length < 64 * 1024, zip.length + " bytes");
    Unpacked all = new ZipUnpacker(new ArchiveBudget(10_000, 200 * MB, 200, 3)).unpack(zip);
    assertNull(all.stopped());
    assertEquals(6 + 36 + 216, count(all.files()));

    Unpacked budgeted = new ZipUnpacker(new ArchiveBudget(50, 200 * MB, 200, 3)).unpack(zip);
    assertEquals(50, count(budgeted.files()), "every entry taken counts against one budget");
    assertTrue(
        budgeted
            .stopped()
            .matches(
                "The archive expands beyond the upload budget of 50 entries / 200 MB: stopped at"
                    + " 'box-1-\\d\\.zip/box-2-\\d\\.zip/note-3-\\d\\.txt' \\(one entry more than"
                    + " the budget allows\\) after 50 entries and [0-9.]+ MB\\. The original is"
                    + " kept; the 50 files taken within the budget are documents below, the rest"
                    + " was not unpacked\\."),
        budgeted.stopped());
    // The archive where it stopped says so too; the ones unpacked whole before it do not.
    ContainedFile first = budgeted.files().get(0);
    assertNull(first.unpacked().stopped());
    ContainedFile last = budgeted.files().get(budgeted.files().size() - 1);
    assertEquals(budgeted.stopped(), last.unpacked().stopped());
  }

  @Test
  void archivesNestedDeeperThanTheBudgetAreKeptPacked() throws IOException {
    Unpacked unpacked =
        new ZipUnpacker(new ArchiveBudget(10_000, 200 * MB, 200, 2)).unpack(ZipBombs.nested(1, 3));
    ContainedFile level2 = unpacked.files().get(0).unpacked().files().get(0);
    assertEquals("box-2-1.zip", level2.fileName());
    assertEquals(List.of(), level2.unpacked().files());
    assertEquals(
        "Not unpacked: archives nest here more than 2 deep; the original is kept.",
        level2.unpacked().stopped());
  }

  @Test
  void theBudgetOfBytesStopsAnEntryByTheSizeItDeclares() throws IOException {
    // 32 MB of zeros within the ratio (a budget with a ratio of 2,000) but over 16 MB in all.
    Unpacked unpacked =
        new ZipUnpacker(new ArchiveBudget(10_000, 16 * MB, 2_000, 3))
            .unpack(ZipBombs.zeros("zeros.bin", 2));
    assertEquals(List.of(), unpacked.files());
    assertTrue(
        unpacked.stopped().contains("stopped at 'zeros.bin' (its declared size"),
        unpacked.stopped());
  }

  @Test
  void anEntryThatLiesAboutItsSizeIsStoppedWhileItInflates() throws IOException {
    byte[] liar = ZipBombs.zeros("small.txt", 2, 1_000); // 32 MB declared as 1,000 bytes
    Unpacked overBytes = new ZipUnpacker(new ArchiveBudget(10_000, 16 * MB, 2_000, 3)).unpack(liar);
    assertEquals(List.of(), overBytes.files());
    assertTrue(
        overBytes
            .stopped()
            .contains(
                "stopped at 'small.txt' (it would expand past the budget of bytes) after 1 entry"
                    + " and 1"),
        overBytes.stopped());
    Unpacked overRatio = new ZipUnpacker(new ArchiveBudget(10_000, 200 * MB, 200, 3)).unpack(liar);
    assertTrue(
        overRatio
            .stopped()
            .contains(
                "stopped at 'small.txt' (it expands more than 200 times its compressed size)"),
        overRatio.stopped());
  }

  private static int count(List<ContainedFile> files) {
    int n = 0;
    for (ContainedFile file : files) {
      n += 1 + (file.unpacked() == null ? 0 : count(file.unpacked().files()));
    }
    return n;
  }

  @Test
  void aVolumeKeepsItsFoldersAndIsRefusedWholeWhenItWouldBlowTheBudget() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (String name : List.of("VOL001/DATA/VOL001.dat", "VOL001/TEXT/A.txt", "VOL001/")) {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(name.endsWith("/") ? new byte[0] : name.getBytes());
        zip.closeEntry();
      }
    }
    java.util.Map<String, byte[]> files =
        new ZipUnpacker(new ArchiveBudget(10_000, 200 * MB, 200, 3)).entries(bytes.toByteArray());
    assertEquals(
        List.of("VOL001/DATA/VOL001.dat", "VOL001/TEXT/A.txt"), List.copyOf(files.keySet()));
    assertEquals("VOL001/TEXT/A.txt", new String(files.get("VOL001/TEXT/A.txt")));

    ZipUnpacker.UnsafeArchiveException bomb =
        org.junit.jupiter.api.Assertions.assertThrows(
            ZipUnpacker.UnsafeArchiveException.class,
            () ->
                new ZipUnpacker(new ArchiveBudget(10_000, 200 * MB, 200, 3))
                    .entries(ZipBombs.zeros("VOL001/NATIVES/zeros.bin", 64)));
    assertTrue(
        bomb.getMessage().contains("it expands more than 200 times its compressed size")
            && bomb.getMessage().endsWith("Nothing of the volume was stored."),
        bomb.getMessage());
  }
}
