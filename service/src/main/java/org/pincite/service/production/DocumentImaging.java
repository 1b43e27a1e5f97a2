package org.pincite.service.production;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.pincite.domain.production.ProducedAs;
import org.pincite.service.report.PdfCanvas;

/**
 * A document's pages as a production images them, before stamping: a PDF's own pages; a picture on
 * one page; any other document's text set on Letter pages, an email's headers first; and a one-page
 * slip sheet in place of a withheld document or a native.
 */
final class DocumentImaging {
  private static final float MARGIN = 72;
  private static final DateTimeFormatter SENT =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm xxx", Locale.ENGLISH);

  private DocumentImaging() {}

  /**
   * Whether a file of this media type goes out as a native: spreadsheets and media, which do not
   * image well.
   */
  static boolean producedNatively(String mediaType) {
    String t = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    return t.startsWith("audio/")
        || t.startsWith("video/")
        || t.equals("text/csv")
        || t.equals("application/vnd.ms-excel")
        || t.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")
        || t.equals("application/vnd.oasis.opendocument.spreadsheet")
        || t.equals("application/vnd.ms-excel.sheet.macroenabled.12");
  }

  /** The document's pages, unstamped; {@code original} is its file (null: not needed). */
  static PDDocument image(ProductionJob.Item item, Path original) throws IOException {
    if (item.producedAs() != ProducedAs.IMAGES) {
      return slipSheet(item);
    }
    String type = item.mediaType() == null ? "" : item.mediaType().toLowerCase(Locale.ROOT);
    if (type.equals("application/pdf") && original != null) {
      try {
        PDDocument pdf = Loader.loadPDF(original.toFile());
        if (!pdf.isEncrypted() && pdf.getNumberOfPages() > 0) {
          return pdf;
        }
        pdf.close();
      } catch (IOException e) {
        // A PDF PDFBox cannot open goes out as its extracted text.
      }
    }
    if (type.startsWith("image/") && original != null) {
      try {
        return picture(original);
      } catch (IOException | IllegalArgumentException e) {
        // A picture PDFBox cannot read goes out as its text (its OCR).
      }
    }
    return text(item);
  }

  private static PDDocument picture(Path original) throws IOException {
    PDDocument doc = new PDDocument();
    PDImageXObject image = PDImageXObject.createFromFileByContent(original.toFile(), doc);
    PDRectangle size = PDRectangle.LETTER;
    PDPage page = new PDPage(size);
    doc.addPage(page);
    float room =
        Math.min(
            (size.getWidth() - 2 * MARGIN) / image.getWidth(),
            (size.getHeight() - 2 * MARGIN) / image.getHeight());
    float scale = Math.min(1f, room);
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(image, (size.getWidth() - w) / 2, size.getHeight() - MARGIN - h, w, h);
    }
    return doc;
  }

  /**
   * The document's text pages set again with each redacted page's redacted text, page for page as
   * {@code pages} (the unredacted imaging) has them.
   */
  static PDDocument redactedText(
      ProductionJob.Item item, PageRedactions.Redacted redacted, PDDocument pages)
      throws IOException {
    List<String> texts = new ArrayList<>();
    for (int p = 1; p <= pages.getNumberOfPages(); p++) {
      int page = p;
      texts.add(
          redacted
              .page(p)
              .map(PageRedactions.RedactedPage::text)
              .orElse(page <= item.pageTexts().size() ? item.pageTexts().get(page - 1) : ""));
    }
    return text(item, texts);
  }

  private static PDDocument text(ProductionJob.Item item) throws IOException {
    return text(item, item.pageTexts());
  }

  private static PDDocument text(ProductionJob.Item item, List<String> pageTexts)
      throws IOException {
    try (PdfCanvas canvas = new PdfCanvas(PDRectangle.LETTER, MARGIN)) {
      List<String> pages = new ArrayList<>(pageTexts);
      if (pages.isEmpty()) {
        pages.add("");
      }
      for (int i = 0; i < pages.size(); i++) {
        canvas.newPage();
        if (i == 0 && item.isEmail()) {
          for (String header : emailHeaders(item)) {
            canvas.paragraph(header, PdfCanvas.Style.CITE, 0);
          }
          canvas.space(PdfCanvas.Style.BODY.leading());
        }
        for (String line : pages.get(i).split("\r\n|\r|\n", -1)) {
          if (line.isBlank()) {
            canvas.space(PdfCanvas.Style.BODY.leading());
          } else {
            canvas.paragraph(line, PdfCanvas.Style.BODY, 0);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      canvas.save(out);
      return Loader.loadPDF(out.toByteArray());
    }
  }

  private static List<String> emailHeaders(ProductionJob.Item item) {
    List<String> lines = new ArrayList<>();
    add(lines, "From: ", item.from());
    add(lines, "To: ", item.to());
    add(lines, "Cc: ", item.cc());
    add(lines, "Sent: ", item.sent() == null ? null : SENT.format(item.sent()));
    add(lines, "Subject: ", item.subject());
    return lines;
  }

  private static void add(List<String> lines, String label, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(label + value.strip());
    }
  }

  /** One Letter page with the slip sheet's words in the middle (and a native's file name). */
  static PDDocument slipSheet(ProductionJob.Item item) throws IOException {
    try (PdfCanvas canvas = new PdfCanvas(PDRectangle.LETTER, MARGIN)) {
      canvas.newPage();
      canvas.space(PDRectangle.LETTER.getHeight() / 2 - 2 * MARGIN);
      canvas.paragraph(item.producedAs().slipSheet(), PdfCanvas.Style.TITLE, 0);
      if (item.producedAs() == ProducedAs.NATIVE) {
        canvas.space(PdfCanvas.Style.BODY.leading());
        canvas.paragraph(item.fileName(), PdfCanvas.Style.BODY, 0);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      canvas.save(out);
      return Loader.loadPDF(out.toByteArray());
    }
  }
}
