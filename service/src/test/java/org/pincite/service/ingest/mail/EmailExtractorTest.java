package org.pincite.service.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pincite.service.Corpus;
import org.pincite.service.ingest.ContentSniffer;
import org.pincite.service.ingest.ExtractionOutcome;

/** The email extractor on written messages and on the shared corpus's real mail. */
class EmailExtractorTest {
  private final EmailExtractor extractor = new EmailExtractor();

  @Test
  void headersBecomeFieldsAndThePlainBodyThePage() {
    String eml =
        "From: Elon Musk <elon@example.org>\r\n"
            + "To: Sam Altman <sam@example.org>, Greg Brockman <greg@example.org>\r\n"
            + "Cc: =?UTF-8?B?7J2866GgIOuouOyKpO2BrA==?= <ilon@example.org>\r\n"
            + "Date: Thu, 1 Feb 2018 09:30:00 -0800\r\n"
            + "Subject: =?UTF-8?Q?Tesla_=E2=80=94_the_cash_cow?=\r\n"
            + "Message-ID: <demo-1@example.org>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + "OpenAI should attach to Tesla.\r\n일론 머스크\r\n"
            + "--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>html</p>\r\n--b--\r\n";
    ExtractionOutcome.Extracted email =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            extractor.extract(eml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("Elon Musk <elon@example.org>", email.email().getFrom());
    assertEquals(
        "Sam Altman <sam@example.org>, Greg Brockman <greg@example.org>", email.email().getTo());
    assertEquals("일론 머스크 <ilon@example.org>", email.email().getCc());
    assertEquals("Tesla — the cash cow", email.title());
    assertEquals(
        "<demo-1@example.org>", "<" + email.email().getMessageId().replaceAll("[<>]", "") + ">");
    assertEquals(
        OffsetDateTime.of(2018, 2, 1, 9, 30, 0, 0, ZoneOffset.ofHours(-8)),
        email.email().getSentAt());
    assertEquals("Elon Musk <elon@example.org>", email.author());
    // The line break before a MIME boundary belongs to the boundary, not to the body.
    assertEquals("OpenAI should attach to Tesla.\n일론 머스크", email.pages().get(0));
  }

  @Test
  void everyCorpusEmailIsReadWithItsSender() throws IOException {
    int read = 0;
    for (Corpus.Entry entry : Corpus.entries("email/")) {
      if (!entry.file().endsWith(".eml")) {
        continue; // mbox files hold many messages: the ingest issue splits them
      }
      byte[] bytes = Files.readAllBytes(entry.path());
      if (entry.file().equals("email/spamscope_mail_outlook_1.eml")) {
        // An Outlook .msg named .eml: judged by its bytes, it is not a MIME message.
        assertEquals(ContentSniffer.UNKNOWN, ContentSniffer.detect(bytes));
        continue;
      }
      assertEquals(ContentSniffer.EMAIL, ContentSniffer.detect(bytes), entry.file());
      read++;
      ExtractionOutcome outcome = extractor.extract(bytes);
      ExtractionOutcome.Extracted email =
          assertInstanceOf(
              ExtractionOutcome.Extracted.class, outcome, entry.file() + ": " + outcome);
      assertNotNull(email.email(), entry.file());
      assertTrue(
          email.email().getFrom() != null || email.email().getSubject() != null, entry.file());
    }
    assertTrue(read >= 30, "the corpus has over 30 .eml messages; read " + read);
  }
}
