package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.pincite.service.Corpus;

/** Content beats the file name: renamed corpus files and files built here. */
class MediaTypeDetectorTest {

  @Test
  void htmlNamedPdfIsHtmlAndPdfNamedTxtIsPdf() throws Exception {
    byte[] html =
        "<!DOCTYPE html>\n<html><head><title>Docket</title></head><body><p>Entry 1</p></body></html>\n"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(MediaTypeDetector.HTML, MediaTypeDetector.detect(html, "docket.pdf"));
    byte[] pdf = corpusFile("pdf/court_cl_8thCircuit-071306U.pdf");
    assertEquals(MediaTypeDetector.PDF, MediaTypeDetector.detect(pdf, "opinion.txt"));
    assertEquals(MediaTypeDetector.PDF, MediaTypeDetector.detect(pdf, null));
    // The corpus's "wrong MIME" case from the doctor project.
    assertEquals(
        MediaTypeDetector.PDF,
        MediaTypeDetector.detect(
            corpusFile("pdf/court_doctor_broken-mime.pdf"), "broken-mime.pdf"));
  }

  @Test
  void outlookMsgNamedEmlIsOutlook() throws Exception {
    byte[] msg = corpusFile("email/spamscope_mail_outlook_1.eml");
    assertEquals(
        MediaTypeDetector.OUTLOOK_MSG,
        MediaTypeDetector.detect(msg, "spamscope_mail_outlook_1.eml"));
    assertEquals(MediaTypeDetector.OUTLOOK_MSG, MediaTypeDetector.detect(msg, null));
  }

  @Test
  void everyCorpusEmailIsAnEmailAndEveryMailboxAMailboxWhateverItsName() throws Exception {
    for (Corpus.Entry entry : Corpus.entries("email/")) {
      byte[] bytes = Files.readAllBytes(entry.path());
      if (entry.file().equals("email/spamscope_mail_outlook_1.eml")) {
        continue;
      }
      if (entry.file().endsWith(".eml")) {
        assertEquals(
            MediaTypeDetector.EMAIL, MediaTypeDetector.detect(bytes, entry.file()), entry.file());
        assertEquals(
            MediaTypeDetector.EMAIL,
            MediaTypeDetector.detect(bytes, "renamed.txt"),
            entry.file() + " named .txt");
      } else {
        assertEquals(
            MediaTypeDetector.MBOX, MediaTypeDetector.detect(bytes, entry.file()), entry.file());
        if (MailboxSplitter.split(bytes).size() > 1) {
          assertEquals(
              MediaTypeDetector.MBOX,
              MediaTypeDetector.detect(bytes, "renamed.txt"),
              entry.file() + " named .txt");
        } else {
          // One message after a From_ line reads as one email unless the name says mbox.
          assertEquals(
              MediaTypeDetector.EMAIL,
              MediaTypeDetector.detect(bytes, "renamed.txt"),
              entry.file() + " named .txt");
        }
      }
    }
  }

  @Test
  void docxAndZipAreToldApartByTheirEntries() throws Exception {
    byte[] docx = OfficeFormatsTest.docx();
    assertEquals(MediaTypeDetector.DOCX, MediaTypeDetector.detect(docx, "brief.docx"));
    assertEquals(MediaTypeDetector.DOCX, MediaTypeDetector.detect(docx, "brief.zip"));
    assertEquals(MediaTypeDetector.DOCX, MediaTypeDetector.detect(docx, null));

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("exhibits/a.txt"));
      out.write("Exhibit A".getBytes(StandardCharsets.US_ASCII));
      out.closeEntry();
    }
    assertEquals(
        MediaTypeDetector.ZIP, MediaTypeDetector.detect(zip.toByteArray(), "exhibits.zip"));
    assertEquals(
        MediaTypeDetector.ZIP, MediaTypeDetector.detect(zip.toByteArray(), "exhibits.docx"));
  }

  @Test
  void plainTextAndNothing() {
    assertEquals(
        MediaTypeDetector.TEXT,
        MediaTypeDetector.detect(
            "Notes of the deposition.\n".getBytes(StandardCharsets.UTF_8), "notes.txt"));
    assertEquals(
        MediaTypeDetector.TEXT,
        MediaTypeDetector.detect(
            "Notes of the deposition.\n".getBytes(StandardCharsets.UTF_8), "notes.eml"));
    assertEquals(MediaTypeDetector.UNKNOWN, MediaTypeDetector.detect(new byte[0], "empty.pdf"));
  }

  private static byte[] corpusFile(String file) throws IOException {
    return Files.readAllBytes(Corpus.entries(file).get(0).path());
  }
}
