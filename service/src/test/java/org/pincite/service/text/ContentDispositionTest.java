package org.pincite.service.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {
  @Test
  void theExactNameIsPercentEncodedInUtf8AndTheFallbackIsPlainAscii() {
    assertEquals(
        "attachment; filename=\"Resume_2024.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E2%80%94%202024.pdf",
        ContentDisposition.attachment("Résumé — 2024.pdf"));
    assertEquals(
        "attachment; filename=\"download.eml\"; filename*=UTF-8''%EC%A6%9D%EA%B1%B0.eml",
        ContentDisposition.attachment("증거.eml"));
  }

  @Test
  void quotesBackslashesAndLineBreaksCannotBreakTheHeader() {
    String header = ContentDisposition.attachment("a\"b\\c\r\nSet-Cookie: x.txt");
    assertEquals(
        "attachment; filename=\"a_b_c_Set-Cookie_x.txt\"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x.txt",
        header);
  }
}
