package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.Corpus;

/** The PDF extractor on the shared corpus's real files. */
class PdfTextExtractorTest {
  private final PdfTextExtractor extractor = new PdfTextExtractor();

  private ExtractionOutcome extract(Corpus.Entry entry) throws IOException {
    return extractor.extract(Files.readAllBytes(entry.path()));
  }

  @Test
  void courtOpinionsComeOutPageByPage() throws IOException {
    List<Corpus.Entry> opinions = Corpus.entries("pdf/court_cl_").subList(0, 3);
    for (Corpus.Entry entry : opinions) {
      ExtractionOutcome.Extracted text =
          assertInstanceOf(ExtractionOutcome.Extracted.class, extract(entry), entry.file());
      assertTrue(text.pages().size() > 1, entry.file());
      assertTrue(
          text.pages().stream().filter(p -> !p.isBlank()).count() >= text.pages().size() - 1,
          entry.file());
      assertTrue(text.failedPages().isEmpty(), entry.file());
    }
  }

  @Test
  void theSpecialLineSaysHowManyPagesAndTheExtractorAgrees() throws IOException {
    Corpus.Entry tenthCircuit = Corpus.entries("pdf/court_cl_10thCircuit-06-6247.pdf").get(0);
    assertTrue(tenthCircuit.special().contains("23 pp"), tenthCircuit.special());
    ExtractionOutcome.Extracted text =
        assertInstanceOf(ExtractionOutcome.Extracted.class, extract(tenthCircuit));
    assertEquals(23, text.pages().size());
  }

  @Test
  void encryptedFilesNeedAPasswordAndCorruptOnesFailWithAReason() throws IOException {
    for (Corpus.Entry entry : Corpus.entries("pdf-bad/pw_")) {
      ExtractionOutcome outcome = extract(entry);
      assertInstanceOf(ExtractionOutcome.NeedsPassword.class, outcome, entry.file());
    }
    for (Corpus.Entry entry : Corpus.entries("pdf-bad/corrupt_")) {
      ExtractionOutcome outcome = extract(entry);
      if (outcome instanceof ExtractionOutcome.Failed failed) {
        assertFalse(failed.reason().isBlank(), entry.file());
      } else {
        // PDFBox recovers text from some corrupt files; then it must really have text.
        ExtractionOutcome.Extracted text =
            assertInstanceOf(
                ExtractionOutcome.Extracted.class, outcome, entry.file() + ": " + outcome);
        assertTrue(text.pages().stream().anyMatch(p -> !p.isBlank()), entry.file());
      }
    }
  }

  @Test
  void aFileOnDiskReadsLikeItsBytesAndAnEncryptedOneStillAsksForItsPassword() throws IOException {
    Corpus.Entry opinion = Corpus.entries("pdf/court_cl_10thCircuit-06-6247.pdf").get(0);
    ExtractionOutcome.Extracted fromBytes =
        assertInstanceOf(ExtractionOutcome.Extracted.class, extract(opinion));
    ExtractionOutcome.Extracted fromFile =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class, extractor.extract(opinion.path(), null));
    assertEquals(fromBytes.pages(), fromFile.pages());
    Corpus.Entry locked = Corpus.entries("pdf-bad/pw_libreoffice_writer_password.pdf").get(0);
    assertInstanceOf(ExtractionOutcome.NeedsPassword.class, extractor.extract(locked.path(), null));
    assertInstanceOf(
        ExtractionOutcome.NeedsPassword.class, extractor.extract(locked.path(), "wrong"));
    assertInstanceOf(
        ExtractionOutcome.Extracted.class, extractor.extract(locked.path(), "openpassword"));
  }

  @Test
  void aPdfOfThousandsOfPagesComesOutPageByPage(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int n = 1; n <= 2500; n++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
          text.beginText();
          text.setFont(font, 12);
          text.newLineAtOffset(72, 700);
          text.showText("Exhibit page " + n);
          text.endText();
        }
      }
      pdf.save(big.toFile());
    }
    ExtractionOutcome.Extracted text =
        assertInstanceOf(ExtractionOutcome.Extracted.class, extractor.extract(big, null));
    assertEquals(2500, text.pages().size());
    assertEquals("Exhibit page 1", text.pages().get(0).strip());
    assertEquals("Exhibit page 2500", text.pages().get(2499).strip());
  }

  @Test
  void aScanWithoutATextLayerNeedsOcr() throws IOException {
    Corpus.Entry scan =
        Corpus.entries("pdf/").stream()
            .filter(e -> e.special().toLowerCase().contains("no text layer"))
            .findFirst()
            .orElseThrow();
    assertInstanceOf(ExtractionOutcome.NeedsOcr.class, extract(scan), scan.file());
  }
}
