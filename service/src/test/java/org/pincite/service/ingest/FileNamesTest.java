package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void aNameToKeepNeverReadsAsAPath() {
    assertEquals("a_b.pdf", FileNames.safe("a/b.pdf"));
    assertEquals("__.._x", FileNames.safe("../..\\x"));
    assertEquals("tab_name", FileNames.safe("tab\tname"));
    assertEquals("unnamed", FileNames.safe("  "));
    assertEquals(255, FileNames.safe("x".repeat(300)).length());
  }

  @Test
  void aCarriedNameIsCutToItsLastSegment() {
    assertEquals("scan.pdf", FileNames.leafName("C:\\Users\\kim\\scan.pdf"));
    assertEquals("scan.pdf", FileNames.leafName("exhibits/2024/scan.pdf "));
    assertEquals("report.pdf", FileNames.leafName("re\u0000port.pdf"));
    assertNull(FileNames.leafName("folder/"));
    assertNull(FileNames.leafName(".."));
    assertNull(FileNames.leafName(null));
  }
}
