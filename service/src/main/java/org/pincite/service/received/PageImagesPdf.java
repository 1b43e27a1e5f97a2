package org.pincite.service.received;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A received document that came only as page images (single-page TIFFs, JPEGs, or one PDF per
 * document) as one PDF, page by page in the OPT's order: a single PDF is kept as it is; several
 * PDFs are joined; a raster image becomes a page of its own at 300 dpi, its pixels unchanged
 * (lossless, JPEGs as they are). Its text is then read as any PDF's is, by OCR where it has none.
 */
final class PageImagesPdf {
  private static final float DPI = 300f;

  private PageImagesPdf() {}

  static boolean isPdf(byte[] b) {
    return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
  }

  static byte[] of(List<byte[]> images) throws IOException {
    if (images.size() == 1 && isPdf(images.get(0))) {
      return images.get(0);
    }
    try (PDDocument out = new PDDocument()) {
      List<PDDocument> opened = new ArrayList<>();
      try {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (byte[] image : images) {
          if (isPdf(image)) {
            PDDocument pdf = Loader.loadPDF(image);
            opened.add(pdf);
            merger.appendDocument(out, pdf);
          } else {
            for (BufferedImage frame : frames(image)) {
              addPage(out, image, frame);
            }
          }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes);
        return bytes.toByteArray();
      } finally {
        for (PDDocument pdf : opened) {
          pdf.close();
        }
      }
    }
  }

  private static void addPage(PDDocument out, byte[] bytes, BufferedImage frame)
      throws IOException {
    boolean jpeg = bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
    PDImageXObject image =
        jpeg
            ? JPEGFactory.createFromByteArray(out, bytes)
            : LosslessFactory.createFromImage(out, frame);
    PDRectangle size = new PDRectangle(frame.getWidth() * 72f / DPI, frame.getHeight() * 72f / DPI);
    PDPage page = new PDPage(size);
    out.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(out, page)) {
      content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
    }
  }

  /** Every frame of the image (a TIFF may hold several pages). */
  private static List<BufferedImage> frames(byte[] bytes) throws IOException {
    List<BufferedImage> frames = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("a page image is not an image Pincite reads (TIFF, JPEG, PNG)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int n = reader.getNumImages(true);
        for (int i = 0; i < n; i++) {
          frames.add(reader.read(i));
        }
      } finally {
        reader.dispose();
      }
    }
    return frames;
  }
}
