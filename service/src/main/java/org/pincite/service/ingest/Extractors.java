package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;
import org.pincite.service.settings.PinciteSettings;

/**
 * Reads a file by its media type: its text, and the files it contains (an email's attachments and
 * forwarded messages, a mailbox's messages, an archive's files), which become documents of the same
 * family.
 */
@ApplicationScoped
public class Extractors {
  @Inject PdfTextExtractor pdf;
  @Inject EmailExtractor email;
  @Inject OutlookMsgExtractor outlook;
  @Inject OfficeTextExtractor office;
  @Inject PinciteSettings settings;
  @Inject TesseractOcr ocr;

  /** Reads the (verified) original at {@code file}; PDFs are read from disk, page by page. */
  public ExtractionResult extract(String mediaType, Path file, String password) throws IOException {
    if (MediaTypeDetector.PDF.equals(mediaType)) {
      return ExtractionResult.of(pdf(file, password));
    }
    return extract(mediaType, Files.readAllBytes(file), password);
  }

  public ExtractionResult extract(String mediaType, byte[] content, String password) {
    return switch (mediaType) {
      case MediaTypeDetector.PDF -> ExtractionResult.of(pdf(content, password));
      case MediaTypeDetector.EMAIL -> mail(() -> email.parse(content));
      case MediaTypeDetector.OUTLOOK_MSG -> mail(() -> outlook.parse(content));
      case MediaTypeDetector.MBOX -> mailbox(content);
      case MediaTypeDetector.ZIP -> archive(content);
      case MediaTypeDetector.DOCX -> ExtractionResult.of(office.extractDocx(content));
      case MediaTypeDetector.HTML -> ExtractionResult.of(office.extractHtml(content, null));
      case MediaTypeDetector.TEXT -> ExtractionResult.of(office.extractPlainText(content));
      default ->
          ExtractionResult.of(
              new ExtractionOutcome.Failed(
                  "Pincite cannot read text from this kind of file ("
                      + mediaType
                      + "); the original is kept"));
    };
  }

  private ExtractionOutcome pdf(Path file, String password) throws IOException {
    ExtractionOutcome text = pdf.extract(file, password);
    return text instanceof ExtractionOutcome.NeedsOcr
        ? ocr(Files.readAllBytes(file), password)
        : text;
  }

  private ExtractionOutcome pdf(byte[] content, String password) {
    ExtractionOutcome text = pdf.extract(content, password);
    return text instanceof ExtractionOutcome.NeedsOcr ? ocr(content, password) : text;
  }

  /** A scan without a text layer goes to Tesseract when it is installed. */
  private ExtractionOutcome ocr(byte[] content, String password) {
    if (!ocr.available()) {
      return new ExtractionOutcome.NeedsOcr(
          "The PDF is a scan without a text layer, and Tesseract (OCR) is not installed on the server");
    }
    ExtractionOutcome read = ocr.ocr(content, password, page -> {});
    if (read instanceof ExtractionOutcome.Extracted extracted
        && extracted.pages().stream().allMatch(String::isBlank)) {
      return new ExtractionOutcome.NeedsOcr("OCR found no words on the scanned pages");
    }
    return read;
  }

  private interface MailParse {
    ParsedEmail parse() throws UnreadableEmailException;
  }

  private static ExtractionResult mail(MailParse parse) {
    try {
      ParsedEmail parsed = parse.parse();
      List<ContainedFile> attachments = new ArrayList<>();
      parsed
          .attachments()
          .forEach(a -> attachments.add(new ContainedFile(a.fileName(), a.content())));
      return new ExtractionResult(parsed.text(), attachments);
    } catch (UnreadableEmailException e) {
      return ExtractionResult.of(new ExtractionOutcome.Failed(e.getMessage()));
    }
  }

  private static ExtractionResult mailbox(byte[] content) {
    List<byte[]> messages = MailboxSplitter.split(content);
    if (messages.isEmpty()) {
      return ExtractionResult.of(new ExtractionOutcome.Failed("The mailbox holds no messages"));
    }
    List<ContainedFile> files = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      files.add(new ContainedFile("message-" + (i + 1) + ".eml", messages.get(i)));
    }
    return new ExtractionResult(
        ExtractionOutcome.Extracted.text(
            List.of(
                "Mailbox of "
                    + messages.size()
                    + " messages; each is a document of its own below.\n")),
        files);
  }

  private ExtractionResult archive(byte[] content) {
    try {
      List<ContainedFile> files =
          new ZipUnpacker(10_000, settings.maxUploadBytes(), 200).unpack(content);
      return new ExtractionResult(
          ExtractionOutcome.Extracted.text(
              List.of(
                  "Archive of " + files.size() + " files; each is a document of its own below.\n")),
          files);
    } catch (IOException e) {
      return ExtractionResult.of(
          new ExtractionOutcome.Failed("The archive was not unpacked: " + e.getMessage()));
    }
  }
}
