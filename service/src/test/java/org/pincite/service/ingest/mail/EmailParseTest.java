package org.pincite.service.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pincite.service.Corpus;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.MediaTypeDetector;

/**
 * {@link EmailExtractor#parse(byte[])} on the corpus's real mail and on written messages: bodies as
 * a reader sees them, and every attachment and forwarded message as a file of its own.
 */
class EmailParseTest {
  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
  private static final Pattern TAG =
      Pattern.compile(
          "(?i)</?(html|body|table|td|tr|div|p|br|span|font|a|img|style|script)\\b[^>]*>");

  /**
   * The part of mikel_content_transfer_encoding_x_uuencode.eml that says x-uuencode is empty in the
   * fixture itself.
   */
  private static final String EMPTY_UUENCODED_PART =
      "email/mikel_content_transfer_encoding_x_uuencode.eml";

  private final EmailExtractor extractor = new EmailExtractor();

  @Test
  void everyCorpusEmlParsesWithHeadersAndAttachmentsThatHaveNamesAndBytes() throws Exception {
    int parsed = 0;
    for (Corpus.Entry entry : Corpus.entries("email/")) {
      if (!entry.file().endsWith(".eml")) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(entry.path());
      if (MediaTypeDetector.detect(bytes, entry.file()).equals(MediaTypeDetector.OUTLOOK_MSG)) {
        assertThrows(
            UnreadableEmailException.class,
            () -> extractor.parse(bytes),
            entry.file() + " is an Outlook .msg, not MIME");
        continue; // OutlookMsgExtractorTest reads it
      }
      ParsedEmail email = extractor.parse(bytes);
      parsed++;
      assertNotNull(email.text().email(), entry.file());
      assertTrue(
          email.text().email().getFrom() != null || email.text().email().getSubject() != null,
          entry.file() + " gave neither From nor Subject");
      assertEquals(1, email.text().pages().size(), entry.file());
      for (EmailAttachment attachment : email.attachments()) {
        assertFalse(
            attachment.fileName().isBlank(), entry.file() + ": an attachment without a name");
        assertFalse(
            attachment.fileName().contains("/") || attachment.fileName().contains("\\"),
            entry.file() + ": a path in " + attachment.fileName());
        if (!entry.file().equals(EMPTY_UUENCODED_PART)) {
          assertTrue(
              attachment.content().length > 0, entry.file() + ": " + attachment + " is empty");
        }
      }
      if (entry.special().matches("(?i).*(attachment|forwarded|filename).*")) {
        assertFalse(
            email.attachments().isEmpty(),
            entry.file() + " (" + entry.special() + ") gave no attachments");
      }
    }
    assertEquals(36, parsed, "the corpus has 37 .eml files, one of them an Outlook .msg");
  }

  @Test
  void attachmentNamesAreDecodedAsTheSenderWroteThem() throws Exception {
    Map<String, List<String>> expected =
        Map.of(
            "email/mikel_attachment_pdf.eml",
            List.of("broken.pdf"),
            "email/mikel_attachment_nonascii_filename.eml",
            List.of("ciële.txt"),
            "email/mikel_attachment_with_quoted_filename.eml",
            List.of("Eelanalüüsi päring.jpg"),
            "email/mikel_attachment_with_base64_encoded_name.eml",
            List.of("This is a test.pdf"),
            "email/mikel_japanese_attachment_long_name.eml",
            List.of("かきくけこかきくけこかきくけこかきくけこかきくけこ.txt"),
            "email/mikel_raw_email7.eml",
            List.of("test.rb", "test.pdf", "smime.p7s"),
            "email/mikel_attachment_only_email.eml",
            List.of("blah.gz"),
            EMPTY_UUENCODED_PART,
            List.of("PGP_Cmts_on_12-14-01_Pkg.doc"),
            "email/nodemailer_nodemailer.eml",
            List.of("image.png", "nyan cat ✔.gif", "notes.txt"),
            "email/spamscope_mail_test_2.eml",
            List.of("intestazione.jpg", "logometeo.jpg", "Bollettino.pdf"));
    for (Map.Entry<String, List<String>> file : expected.entrySet()) {
      ParsedEmail email = extractor.parse(corpusFile(file.getKey()));
      assertEquals(
          file.getValue(),
          email.attachments().stream().map(EmailAttachment::fileName).toList(),
          file.getKey());
    }
  }

  @Test
  void pdfAttachmentsKeepTheirBytes() throws Exception {
    EmailAttachment pdf =
        only(extractor.parse(corpusFile("email/mikel_attachment_pdf.eml")).attachments());
    assertEquals("application/pdf", pdf.mediaType());
    assertTrue(startsWith(pdf.content(), "%PDF"), "broken.pdf does not start with %PDF");
    assertFalse(pdf.forwardedMessage());

    // Declared application/octet-stream, but a 1 MB PDF all the same.
    EmailAttachment bulletin =
        extractor.parse(corpusFile("email/spamscope_mail_test_2.eml")).attachments().stream()
            .filter(a -> a.fileName().equals("Bollettino.pdf"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        startsWith(bulletin.content(), "%PDF") && bulletin.content().length > 1_000_000,
        "Bollettino.pdf: " + bulletin);
    assertEquals(
        MediaTypeDetector.PDF, MediaTypeDetector.detect(bulletin.content(), bulletin.fileName()));
  }

  @Test
  void aForwardedMessageIsAnAttachmentOfItsOwnNotBodyText() throws Exception {
    byte[] eml = corpusFile("email/mikel_attachment_message_rfc822.eml");
    ParsedEmail email = extractor.parse(eml);
    EmailAttachment forwarded = only(email.attachments());
    assertTrue(forwarded.forwardedMessage(), forwarded.toString());
    assertEquals("ForwardedMessage.eml", forwarded.fileName());
    assertEquals("message/rfc822", forwarded.mediaType());
    assertEquals("This is the first part.", email.text().pages().get(0));
    assertFalse(
        email.text().pages().get(0).contains("Just attaching another PDF"),
        "the forwarded message leaked into the body");

    // The bytes are the inner message as sent, and read again like any email.
    String source = new String(eml, StandardCharsets.ISO_8859_1);
    assertTrue(
        source.contains(new String(forwarded.content(), StandardCharsets.ISO_8859_1)),
        "the forwarded bytes are not the original ones");
    ParsedEmail inner = extractor.parse(forwarded.content());
    assertTrue(
        inner.text().pages().get(0).startsWith("Just attaching another PDF"),
        inner.text().pages().get(0));
    EmailAttachment innerPdf = only(inner.attachments());
    assertEquals("broken.pdf", innerPdf.fileName());
    assertTrue(startsWith(innerPdf.content(), "%PDF"));
  }

  @Test
  void bouncesCarryTheReportAndTheOriginalMessage() throws Exception {
    ParsedEmail bounce = extractor.parse(corpusFile("email/nodemailer_delivery-status.eml"));
    assertTrue(
        bounce.text().pages().get(0).startsWith("An error occurred while trying to deliver"),
        bounce.text().pages().get(0));
    assertEquals(
        List.of("message/delivery-status", "message/rfc822"),
        bounce.attachments().stream().map(EmailAttachment::mediaType).toList());
    assertTrue(bounce.attachments().get(1).forwardedMessage());
    assertEquals("forwarded-message-2.eml", bounce.attachments().get(1).fileName());
  }

  @Test
  void htmlOnlyMailBecomesReadableTextWithLineBreaks() throws Exception {
    for (String file :
        List.of(
            "email/mikel_content_transfer_encoding_with_8bits.eml",
            "email/nodemailer_spam.eml",
            "email/spamscope_mail_test_6.eml")) {
      String body = extractor.parse(corpusFile(file)).text().pages().get(0);
      assertTrue(body.length() > 200, file + ": body too short: " + body);
      assertFalse(
          TAG.matcher(body).find(),
          file + ": tags left in the body: " + body.substring(0, Math.min(300, body.length())));
      assertTrue(body.contains("\n"), file + ": the body lost its line breaks");
    }
    String provantage =
        extractor
            .parse(corpusFile("email/mikel_content_transfer_encoding_with_8bits.eml"))
            .text()
            .pages()
            .get(0);
    assertTrue(
        provantage.contains("Holiday Gift Ideas for the Computer Professional!"),
        provantage.substring(0, 400));
    assertFalse(provantage.contains("A:visited"), "the style sheet was read as text");
    String russian =
        extractor.parse(corpusFile("email/spamscope_mail_test_6.eml")).text().pages().get(0);
    assertTrue(
        russian.contains("Профиль"),
        "UTF-8 HTML with a few bad bytes must still read as UTF-8: " + russian.substring(0, 200));
  }

  @Test
  void koreanMailGivesHangul() throws Exception {
    ParsedEmail eucKr = extractor.parse(corpusFile("email/mikel_raw_email.eml"));
    assertTrue(
        HANGUL.matcher(eucKr.text().email().getSubject()).find(),
        "EUC-KR subject: " + eucKr.text().email().getSubject());
    assertTrue(
        HANGUL.matcher(eucKr.text().pages().get(0)).find(),
        "EUC-KR body: " + eucKr.text().pages().get(0));
    ParsedEmail ksc = extractor.parse(corpusFile("email/mikel_ks_c_5601-1987.eml"));
    assertTrue(
        HANGUL.matcher(ksc.text().pages().get(0)).find(),
        "ks_c_5601-1987 body: " + ksc.text().pages().get(0));
  }

  @Test
  void rawEightBitHeadersAreRead() throws Exception {
    ParsedEmail utf8 = extractor.parse(corpusFile("email/mikel_utf8_headers.eml"));
    assertEquals("Säying Hello", utf8.text().email().getSubject());
    assertTrue(utf8.text().email().getFrom().contains("Jöhn Doe"), utf8.text().email().getFrom());
    // Latin-1 bytes in the Subject: read as windows-1252, not as replacement characters.
    ParsedEmail latin1 = extractor.parse(corpusFile("email/mikel_invalid_subject_characters.eml"));
    assertTrue(
        latin1.text().email().getSubject().startsWith("Formação FrenetikPolis"),
        latin1.text().email().getSubject());
  }

  @Test
  void htmlOnlyWrittenMessageKeepsParagraphsAndDropsScripts() throws Exception {
    String eml =
        "From: a@example.org\r\nSubject: html\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<html><head><title>ignored</title><style>p{color:red}</style><script>alert('x')</script></head>"
            + "<body><p>Dear Court,</p><p>Line one<br>Line two</p><ul><li>first</li><li>second</li></ul>"
            + "<table><tr><td>A1</td><td>B1</td></tr></table><div>일론 머스크</div></body></html>\r\n";
    String body = extractor.parse(eml.getBytes(StandardCharsets.UTF_8)).text().pages().get(0);
    assertEquals(
        "Dear Court,\n\nLine one\nLine two\n\n- first\n- second\n\nA1\tB1\n\n일론 머스크", body);
  }

  @Test
  void plainTextIsPreferredAndItsHtmlTwinIsNoAttachment() throws Exception {
    String eml =
        "From: a@example.org\r\nSubject: alt\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>html version</p>\r\n"
            + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nplain version\r\n--b--\r\n";
    ParsedEmail email = extractor.parse(eml.getBytes(StandardCharsets.UTF_8));
    assertEquals("plain version", email.text().pages().get(0));
    assertTrue(email.attachments().isEmpty(), email.attachments().toString());

    // A blank plain version (some mailers send one) does not hide the HTML one.
    String blankPlain = eml.replace("plain version", " ");
    assertEquals(
        "html version",
        extractor.parse(blankPlain.getBytes(StandardCharsets.UTF_8)).text().pages().get(0));
  }

  @Test
  void unnamedPartsGetNamesAndUuencodeIsDecoded() throws Exception {
    byte[] data = {1, 2, 3, (byte) 0xff, 0, 42, 7};
    String eml =
        "From: a@example.org\r\nSubject: parts\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
            + "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Base64.getEncoder().encodeToString(data)
            + "\r\n"
            + "--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: b@example.org\r\nSubject: inner\r\n\r\ninner body\r\n"
            + "--b\r\nContent-Type: application/msword; name=\"memo.doc\"\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n"
            + "begin 644 memo.doc\r\n"
            + uuencodeLine("Hello, court!".getBytes(StandardCharsets.US_ASCII))
            + "\r\n`\r\nend\r\n"
            + "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;\r\n filename*0*=UTF-8''%EC%A6%9D%EA%B1%B0;\r\n filename*1=\"-1.pdf\"\r\n\r\n%PDF-1.4\r\n"
            + "--b--\r\n";
    ParsedEmail email = extractor.parse(eml.getBytes(StandardCharsets.US_ASCII));
    assertEquals("See attached.", email.text().pages().get(0));
    List<String> names = email.attachments().stream().map(EmailAttachment::fileName).toList();
    assertEquals(
        List.of("attachment-1.bin", "forwarded-message-2.eml", "memo.doc", "증거-1.pdf"), names);
    assertArrayEquals(data, email.attachments().get(0).content());
    assertTrue(email.attachments().get(1).forwardedMessage());
    assertEquals(
        "inner", extractor.parse(email.attachments().get(1).content()).text().email().getSubject());
    assertEquals(
        "Hello, court!",
        new String(email.attachments().get(2).content(), StandardCharsets.US_ASCII));
  }

  @Test
  void whatIsNoEmailFailsWithAReason() {
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);
    Arrays.fill(random, 0, 16, (byte) 0);
    for (byte[] bad :
        List.of(
            new byte[0],
            random,
            "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1))) {
      ExtractionOutcome.Failed failed =
          assertInstanceOf(ExtractionOutcome.Failed.class, extractor.extract(bad));
      assertFalse(failed.reason().isBlank());
      assertThrows(UnreadableEmailException.class, () -> extractor.parse(bad));
    }
  }

  private static String uuencodeLine(byte[] bytes) {
    StringBuilder line = new StringBuilder().append((char) (32 + bytes.length));
    for (int i = 0; i < bytes.length; i += 3) {
      int b0 = bytes[i] & 0xff;
      int b1 = i + 1 < bytes.length ? bytes[i + 1] & 0xff : 0;
      int b2 = i + 2 < bytes.length ? bytes[i + 2] & 0xff : 0;
      int[] c = {b0 >> 2, ((b0 & 3) << 4) | (b1 >> 4), ((b1 & 0xf) << 2) | (b2 >> 6), b2 & 0x3f};
      for (int v : c) {
        line.append(v == 0 ? '`' : (char) (32 + v));
      }
    }
    return line.toString();
  }

  private static EmailAttachment only(List<EmailAttachment> attachments) {
    assertEquals(1, attachments.size(), attachments.toString());
    return attachments.get(0);
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    return bytes.length >= prefix.length()
        && new String(bytes, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
  }

  static byte[] corpusFile(String file) throws IOException {
    List<Corpus.Entry> matches = new ArrayList<>(Corpus.entries(file));
    assertEquals(1, matches.size(), file + " is not in the corpus MANIFEST");
    return Files.readAllBytes(matches.get(0).path());
  }
}
