package org.pincite.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailHeadersTest {
  @Test
  void headersLongerThanTheirColumnsAreCutWithAMark() {
    String recipients = "a@example.org, ".repeat(400);
    EmailHeaders headers =
        new EmailHeaders(
            "  Kim <kim@example.org> ", recipients, " ", null, "s".repeat(1200), "<id@x>");
    assertEquals("Kim <kim@example.org>", headers.getFrom());
    assertEquals(EmailHeaders.MAX_RECIPIENTS, headers.getTo().length());
    assertTrue(headers.getTo().endsWith("…"), headers.getTo());
    assertNull(headers.getCc());
    assertEquals(EmailHeaders.MAX_LINE, headers.getSubject().length());
    assertEquals("<id@x>", headers.getMessageId());
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    String subject = "x".repeat(EmailHeaders.MAX_LINE - 2) + "😀😀";
    String cut = new EmailHeaders(null, null, null, null, subject, null).getSubject();
    assertEquals("x".repeat(EmailHeaders.MAX_LINE - 2) + "…", cut);
  }
}
