package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pincite.service.Corpus;
import org.pincite.service.ingest.mail.EmailExtractor;
import org.pincite.service.ingest.mail.ParsedEmail;

/** Splitting mbox files into messages, on the corpus's six mailboxes and on written ones. */
class MailboxSplitterTest {
  private final EmailExtractor emails = new EmailExtractor();

  @Test
  void everyCorpusMailboxSplitsIntoReadableMessagesAndTheCorpusHoldsFiftySixMessages()
      throws Exception {
    Map<String, Integer> expected =
        Map.of(
            "email/mboxparser_testbox.mbox", 9,
            "email/perceval_mbox_complex.mbox", 2,
            "email/perceval_mbox_multipart.mbox", 2,
            "email/perceval_mbox_iso8859_encoding.mbox", 1,
            "email/perceval_mbox_unknown_encoding.mbox", 1,
            "email/perceval_pipermail_2015_november.mbox", 4);
    int files = 0;
    int messages = 0;
    for (Corpus.Entry entry : Corpus.entries("email/")) {
      files++;
      byte[] bytes = Files.readAllBytes(entry.path());
      if (!entry.file().endsWith(".mbox")) {
        messages++; // an .eml (or the Outlook .msg named .eml) is one message
        continue;
      }
      assertTrue(
          MailboxSplitter.looksLikeMbox(bytes), entry.file() + " does not look like an mbox");
      List<byte[]> split = MailboxSplitter.split(bytes);
      assertEquals(expected.get(entry.file()), split.size(), entry.file());
      for (byte[] message : split) {
        ParsedEmail email = emails.parse(message);
        assertTrue(
            email.text().email().getFrom() != null && email.text().email().getSentAt() != null,
            entry.file() + ": a message without From or Date");
        assertFalse(
            new String(message, StandardCharsets.ISO_8859_1).startsWith("From "),
            entry.file() + ": the envelope line was kept");
      }
      messages += split.size();
    }
    // README: "email/ (43 files, 56 messages): 37 .eml and 6 .mbox files".
    assertEquals(43, files);
    assertEquals(56, messages, "messages over all corpus .eml and .mbox files");
  }

  @Test
  void escapedFromLinesAreRestoredAndBodyFromLinesDoNotSplit() throws Exception {
    byte[] complex =
        Files.readAllBytes(Corpus.entries("email/perceval_mbox_complex.mbox").get(0).path());
    String second = new String(MailboxSplitter.split(complex).get(1), StandardCharsets.ISO_8859_1);
    assertTrue(
        second.contains("\n>>From the 2.3M + 17M MO files"), "mboxrd >>>From lost exactly one >");

    String mbox =
        "From alice@example.org Mon Jan  1 10:00:00 2024\n"
            + "From: alice@example.org\nSubject: one\n\n"
            + "Minutes follow.\n\nFrom the minutes of the meeting, nothing.\n>From here on, quoted.\n\n"
            + "From bob@example.org Tue Jan  2 11:00:00 2024\n"
            + "From: bob@example.org\nSubject: two\n\nSecond body\n";
    List<byte[]> split = MailboxSplitter.split(mbox.getBytes(StandardCharsets.US_ASCII));
    assertEquals(2, split.size());
    assertEquals(
        "From: alice@example.org\nSubject: one\n\nMinutes follow.\n\nFrom the minutes of the meeting, nothing.\nFrom here on, quoted.\n",
        new String(split.get(0), StandardCharsets.US_ASCII));
    assertEquals(
        "From: bob@example.org\nSubject: two\n\nSecond body\n",
        new String(split.get(1), StandardCharsets.US_ASCII));
  }

  @Test
  void crlfMailboxesAndEightBitBytesSurviveTheSplit() {
    String head = "From a@example.org Mon Jan  1 10:00:00 2024\r\nSubject: x\r\n\r\n";
    byte[] bytes =
        (head + "X\r\n\r\n" + head + "Y\r\nCaf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    List<byte[]> split = MailboxSplitter.split(bytes);
    assertEquals(2, split.size());
    assertEquals("Subject: x\r\n\r\nX\r\n", new String(split.get(0), StandardCharsets.ISO_8859_1));
    assertEquals(
        "Subject: x\r\n\r\nY\r\nCaf\u00e9", new String(split.get(1), StandardCharsets.ISO_8859_1));
  }

  @Test
  void looksLikeMboxOnlyForAnEnvelopeLineFirst() {
    assertTrue(
        MailboxSplitter.looksLikeMbox(
            "\nFrom x@example.org  Thu Feb 26 17:23:40 1998\nReceived: by x\n"
                .getBytes(StandardCharsets.US_ASCII)));
    assertTrue(
        MailboxSplitter.looksLikeMbox(
            "From andy at example.com  Sat Nov 14 21:29:28 2015\nFrom: andy\n"
                .getBytes(StandardCharsets.US_ASCII)));
    assertFalse(
        MailboxSplitter.looksLikeMbox(
            "From: x@example.org\nSubject: y\n\nbody".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(
        MailboxSplitter.looksLikeMbox(
            "From the desk of the judge\nDear counsel,\n".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(MailboxSplitter.looksLikeMbox("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(MailboxSplitter.looksLikeMbox(new byte[0]));
    assertTrue(MailboxSplitter.split(new byte[0]).isEmpty());
  }

  @Test
  void textBeforeAnyEnvelopeIsKeptAsOneMessage() {
    byte[] eml = "From: x@example.org\nSubject: y\n\nbody\n".getBytes(StandardCharsets.US_ASCII);
    List<byte[]> split = MailboxSplitter.split(eml);
    assertEquals(1, split.size());
    assertEquals(
        new String(eml, StandardCharsets.US_ASCII),
        new String(split.get(0), StandardCharsets.US_ASCII));
  }
}
