package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.pincite.service.ingest.mail.EmailExtractor;
import org.pincite.service.ingest.mail.MailboxExtractor;
import org.pincite.service.ingest.mail.OutlookMsgExtractor;
import org.pincite.service.settings.PinciteSettings;

/** The registry picks each format's extractor by media type, as the worker asks for it. */
class ExtractorsTest {
  private final PdfTextExtractor pdf = new PdfTextExtractor();
  private final EmailExtractor email = new EmailExtractor();
  private final OutlookMsgExtractor outlook = new OutlookMsgExtractor();
  private final MailboxExtractor mbox = new MailboxExtractor();
  private final ArchiveExtractor zip = new ArchiveExtractor();
  private final DocxTextExtractor docx = new DocxTextExtractor();
  private final HtmlTextExtractor html = new HtmlTextExtractor();
  private final PlainTextExtractor text = new PlainTextExtractor();
  private final Extractors extractors =
      new Extractors(List.of(pdf, email, outlook, mbox, zip, docx, html, text));

  @Test
  void eachMediaTypeTheDetectorGivesHasItsOneExtractor() {
    assertSame(pdf, extractors.find(MediaTypeDetector.PDF).orElseThrow());
    assertSame(email, extractors.find(MediaTypeDetector.EMAIL).orElseThrow());
    assertSame(outlook, extractors.find(MediaTypeDetector.OUTLOOK_MSG).orElseThrow());
    assertSame(mbox, extractors.find(MediaTypeDetector.MBOX).orElseThrow());
    assertSame(zip, extractors.find(MediaTypeDetector.ZIP).orElseThrow());
    assertSame(docx, extractors.find(MediaTypeDetector.DOCX).orElseThrow());
    assertSame(html, extractors.find(MediaTypeDetector.HTML).orElseThrow());
    assertSame(text, extractors.find(MediaTypeDetector.TEXT).orElseThrow());
    assertTrue(extractors.find(MediaTypeDetector.XLSX).isEmpty());
  }

  @Test
  void aTypeNoneReadsFailsWithTheTypeAndKeepsTheOriginal() throws Exception {
    ExtractionResult result =
        extractors.extract(
            "application/vnd.ms-excel", Original.ofBytes(new byte[] {1, 2, 3}, null));
    assertEquals(
        "Pincite cannot read text from this kind of file (application/vnd.ms-excel); the"
            + " original is kept",
        assertInstanceOf(ExtractionOutcome.Failed.class, result.outcome()).reason());
    assertTrue(result.contained().isEmpty());
  }

  @Test
  void twoExtractorsClaimingOneTypeAreRefused() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> new Extractors(List.of(text, new PlainTextExtractor())));
    assertTrue(
        refused.getMessage().contains("Two extractors read text/plain"), refused.getMessage());
  }

  @Test
  void containersGiveTheirFilesAsFamily() throws Exception {
    byte[] mailbox =
        ("From a@example.org Mon Jan  1 10:00:00 2024\nFrom: a@example.org\nSubject: one\n\nhi\n\n"
                + "From b@example.org Mon Jan  1 11:00:00 2024\nFrom: b@example.org\nSubject: two\n\n"
                + "ho\n")
            .getBytes(StandardCharsets.US_ASCII);
    ExtractionResult messages =
        extractors.extract(MediaTypeDetector.MBOX, Original.ofBytes(mailbox, null));
    assertEquals(
        List.of("message-1.eml", "message-2.eml"),
        messages.contained().stream().map(ExtractionResult.ContainedFile::fileName).toList());

    zip.settings =
        new PinciteSettings() {
          @Override
          public long maxUploadBytes() {
            return 1024 * 1024;
          }
        };
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(archive)) {
      out.putNextEntry(new ZipEntry("exhibits/a.txt"));
      out.write("A".getBytes(StandardCharsets.US_ASCII));
      out.putNextEntry(new ZipEntry("exhibits\\b.txt"));
      out.write("B".getBytes(StandardCharsets.US_ASCII));
    }
    ExtractionResult files =
        extractors.extract(MediaTypeDetector.ZIP, Original.ofBytes(archive.toByteArray(), null));
    assertEquals(
        List.of("a.txt", "b.txt"),
        files.contained().stream().map(ExtractionResult.ContainedFile::fileName).toList());
    assertEquals(
        "Archive of 2 files; each is a document of its own below.\n",
        ((ExtractionOutcome.Extracted) files.outcome()).pages().get(0));
  }
}
