package org.pincite.service.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.pincite.service.Corpus;
import org.pincite.service.ingest.MediaTypeDetector;

/**
 * Outlook .msg files: the corpus's one (saved under a .eml name), and one written here with
 * recipients, a PDF and an embedded message, since POI cannot write .msg files.
 */
class OutlookMsgExtractorTest {
  private static final Instant OUTER_SENT = Instant.parse("2024-03-05T14:30:00Z");
  private static final Instant INNER_SENT = Instant.parse("2023-11-20T09:15:00Z");

  private final OutlookMsgExtractor extractor = new OutlookMsgExtractor();

  @Test
  void theCorpusMsgInDisguiseGivesItsHeadersBodyAndAttachments() throws Exception {
    ParsedEmail email = extractor.parse(corpusFile("email/spamscope_mail_outlook_1.eml"));
    var headers = email.text().email();
    assertEquals(
        "Newsletter Prüfung Personalwesen / Prüfung Eröffnungsbilanz", headers.getSubject());
    assertEquals("NueblingV@w-vwa.de", headers.getFrom());
    assertEquals(
        "Gaiser-Schönenborn, Andrea <A.Gaiser-Schoenenborn@kreis-tuebingen.de>", headers.getTo());
    assertEquals(
        OffsetDateTime.of(2017, 9, 18, 12, 0, 18, 0, ZoneOffset.ofHours(2)), headers.getSentAt());
    assertEquals("<20170918100018.6AE0948009C@www.w-vwa.de>", headers.getMessageId());
    assertEquals(headers.getSubject(), email.text().title());
    assertEquals(LocalDate.of(2017, 9, 18), email.text().date());
    assertTrue(
        email.text().pages().get(0).contains("Sehr geehrte Frau Gaiser-Schönenborn,"),
        email.text().pages().get(0));
    assertEquals(
        List.of("newsletter.png", "spacer.gif", "image004.jpg", "image006.jpg", "image008.jpg"),
        email.attachments().stream().map(EmailAttachment::fileName).toList());
    EmailAttachment png = email.attachments().get(0);
    assertEquals("image/png", png.mediaType());
    assertEquals("\u0089PNG", new String(png.content(), 0, 4, StandardCharsets.ISO_8859_1));
  }

  @Test
  void everyOutlookFileInTheCorpusIsRead() throws Exception {
    int read = 0;
    for (Corpus.Entry entry : Corpus.entries("email/")) {
      byte[] bytes = Files.readAllBytes(entry.path());
      if (MediaTypeDetector.detect(bytes, entry.file()).equals(MediaTypeDetector.OUTLOOK_MSG)) {
        ParsedEmail email = extractor.parse(bytes);
        assertTrue(
            email.text().email().getSubject() != null && email.text().email().getFrom() != null,
            entry.file());
        read++;
      }
    }
    assertEquals(1, read, "the corpus has one Outlook .msg (spamscope_mail_outlook_1.eml)");
  }

  @Test
  void rtfBodyIsStrippedToText() throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}{\\*\\generator Riched20;}\\f0 Dear Court,\\par W\\'f6rld \\u-10916?\\tab end\\par}";
    assertEquals("Dear Court,\nWörld 한\tend", RtfText.of(rtf));
  }

  @Test
  void recipientsPdfAndEmbeddedMessageOfAWrittenMsg() throws Exception {
    ParsedEmail email = extractor.parse(writtenMsg());
    var headers = email.text().email();
    assertEquals("Outer subject", headers.getSubject());
    assertEquals("Alice Outer <alice@example.org>", headers.getFrom());
    assertEquals("Bob To <bob@example.org>", headers.getTo());
    assertEquals("Carol Cc <carol@example.org>", headers.getCc());
    assertEquals(OUTER_SENT, headers.getSentAt().toInstant());
    assertEquals("Outer body", email.text().pages().get(0));

    assertEquals(2, email.attachments().size(), email.attachments().toString());
    EmailAttachment embedded = email.attachments().get(0);
    assertTrue(embedded.forwardedMessage());
    assertEquals("Inner.msg", embedded.fileName());
    assertEquals(
        MediaTypeDetector.OUTLOOK_MSG,
        MediaTypeDetector.detect(embedded.content(), "attachment.bin"));
    EmailAttachment pdf = email.attachments().get(1);
    assertEquals("exhibit.pdf", pdf.fileName());
    assertEquals("application/pdf", pdf.mediaType());
    assertFalse(pdf.forwardedMessage());
    assertEquals("%PDF-1.4 exhibit", new String(pdf.content(), StandardCharsets.US_ASCII));

    // The embedded message is a .msg of its own; its date shows the property header was rewritten.
    ParsedEmail inner = extractor.parse(embedded.content());
    assertEquals("Inner subject", inner.text().email().getSubject());
    assertEquals("Dave Inner", inner.text().email().getFrom());
    assertEquals("Inner body", inner.text().pages().get(0));
    assertEquals(INNER_SENT, inner.text().email().getSentAt().toInstant());
  }

  @Test
  void whatIsNoOutlookMessageIsUnreadable() throws Exception {
    assertThrows(UnreadableEmailException.class, () -> extractor.parse(new byte[0]));
    assertThrows(
        UnreadableEmailException.class,
        () -> extractor.parse("From: a@example.org\r\n\r\nhi".getBytes(StandardCharsets.US_ASCII)));
    ByteArrayOutputStream emptyOle = new ByteArrayOutputStream();
    try (POIFSFileSystem ole = new POIFSFileSystem()) {
      ole.getRoot().createDocument("WordDocument", new ByteArrayInputStream(new byte[600]));
      ole.writeFilesystem(emptyOle);
    }
    UnreadableEmailException e =
        assertThrows(UnreadableEmailException.class, () -> extractor.parse(emptyOle.toByteArray()));
    assertTrue(e.getMessage().contains("no Outlook message"), e.getMessage());
  }

  /**
   * A minimal .msg (MS-OXMSG): property streams, string streams, two recipients and two
   * attachments.
   */
  private static byte[] writtenMsg() throws IOException {
    try (POIFSFileSystem msg = new POIFSFileSystem()) {
      DirectoryEntry root = msg.getRoot();
      root.createDocument(
          "__properties_version1.0",
          new ByteArrayInputStream(properties(32, time(0x0039, OUTER_SENT))));
      string(root, 0x0037, "Outer subject");
      string(root, 0x1000, "Outer body");
      string(root, 0x0C1A, "Alice Outer");
      string(root, 0x5D01, "alice@example.org");
      recipient(root, 0, "Bob To", "bob@example.org", 1);
      recipient(root, 1, "Carol Cc", "carol@example.org", 2);

      DirectoryEntry embedded = root.createDirectory("__attach_version1.0_#00000000");
      embedded.createDocument(
          "__properties_version1.0", new ByteArrayInputStream(properties(8, integer(0x3705, 5))));
      string(embedded, 0x3707, "Inner.msg");
      DirectoryEntry inner = embedded.createDirectory("__substg1.0_3701000D");
      inner.createDocument(
          "__properties_version1.0",
          new ByteArrayInputStream(properties(24, time(0x0039, INNER_SENT))));
      string(inner, 0x0037, "Inner subject");
      string(inner, 0x1000, "Inner body");
      string(inner, 0x0C1A, "Dave Inner");

      DirectoryEntry file = root.createDirectory("__attach_version1.0_#00000001");
      file.createDocument(
          "__properties_version1.0", new ByteArrayInputStream(properties(8, integer(0x3705, 1))));
      string(file, 0x3707, "exhibit.pdf");
      string(file, 0x370E, "application/pdf");
      file.createDocument(
          "__substg1.0_37010102",
          new ByteArrayInputStream("%PDF-1.4 exhibit".getBytes(StandardCharsets.US_ASCII)));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      msg.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static void recipient(DirectoryEntry root, int number, String name, String smtp, int type)
      throws IOException {
    DirectoryEntry recipient =
        root.createDirectory(String.format("__recip_version1.0_#%08X", number));
    recipient.createDocument(
        "__properties_version1.0", new ByteArrayInputStream(properties(8, integer(0x0C15, type))));
    string(recipient, 0x3001, name);
    string(recipient, 0x39FE, smtp);
  }

  private static void string(DirectoryEntry directory, int propertyId, String value)
      throws IOException {
    directory.createDocument(
        String.format("__substg1.0_%04X001F", propertyId),
        new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
  }

  /** A property stream: its header (8, 24 or 32 bytes of zeros will do) and fixed-size entries. */
  private static byte[] properties(int headerSize, byte[]... entries) {
    ByteBuffer buffer =
        ByteBuffer.allocate(headerSize + 16 * entries.length).order(ByteOrder.LITTLE_ENDIAN);
    buffer.position(headerSize);
    for (byte[] entry : entries) {
      buffer.put(entry);
    }
    return buffer.array();
  }

  private static byte[] integer(int propertyId, int value) {
    return ByteBuffer.allocate(16)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putInt(propertyId << 16 | 0x0003)
        .putInt(6)
        .putInt(value)
        .putInt(0)
        .array();
  }

  private static byte[] time(int propertyId, Instant instant) {
    long fileTime = (instant.toEpochMilli() + 11_644_473_600_000L) * 10_000L;
    return ByteBuffer.allocate(16)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putInt(propertyId << 16 | 0x0040)
        .putInt(6)
        .putLong(fileTime)
        .array();
  }

  private static byte[] corpusFile(String file) throws IOException {
    return Files.readAllBytes(Corpus.entries(file).get(0).path());
  }
}
