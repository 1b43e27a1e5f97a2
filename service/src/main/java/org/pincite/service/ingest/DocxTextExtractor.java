package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word 2007+ (.docx) files with POI, as one page (Word has no reliable pages): paragraphs and
 * tables in document order, tables a row a line with cells tab-separated; title, author and
 * creation date from the core properties. An encrypted document needs a password; an old binary
 * .doc is refused with that reason.
 */
@ApplicationScoped
public class DocxTextExtractor implements TextExtractor {
  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.DOCX);
  }

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    return ExtractionResult.of(extract(original.bytes()));
  }

  public ExtractionOutcome extract(byte[] docx) {
    if (docx == null || docx.length == 0) {
      return new ExtractionOutcome.Failed("The file is empty (0 bytes)");
    }
    if (FileMagic.valueOf(docx) == FileMagic.OLE2) {
      return oleInsteadOfDocx(docx);
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      String text = TextDecoding.normaliseLineBreaks(words.getText()).strip();
      POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
      return new ExtractionOutcome.Extracted(
          List.of(text),
          List.of(),
          blankToNull(core.getTitle()),
          blankToNull(core.getCreator()),
          dateOf(core.getCreated()),
          null);
    } catch (IOException | RuntimeException e) {
      return new ExtractionOutcome.Failed(
          "The Word document could not be read (damaged or not a .docx): " + e.getMessage());
    }
  }

  private static ExtractionOutcome oleInsteadOfDocx(byte[] bytes) {
    try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (ole.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
        return new ExtractionOutcome.NeedsPassword(
            "The Word document is encrypted and needs a password to open");
      }
      return new ExtractionOutcome.Failed(
          "The file is an old binary Office (OLE2) file such as a .doc, not a .docx");
    } catch (IOException | RuntimeException e) {
      return new ExtractionOutcome.Failed(
          "The Word document could not be read (damaged OLE2 container): " + e.getMessage());
    }
  }

  private static LocalDate dateOf(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
