package org.pincite.web.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.pincite.service.loadfile.DatWriter;
import org.pincite.service.loadfile.OptLine;
import org.pincite.service.loadfile.OptWriter;
import org.pincite.service.loadfile.VolumePath;

/**
 * A production volume a test writes for itself, as another party would send it (fiction: parties,
 * Bates numbers and texts are made up): {@code VOL/DATA/VOL.dat} and {@code VOL.opt}, {@code
 * IMAGES/}, {@code TEXT/}, {@code NATIVES/}, zipped. The DAT is written by the codec's {@link
 * DatWriter} (UTF-8 with a BOM, as deliverable 5 writes it) or, for a vendor's Windows-1252 file
 * without a BOM, by hand with the Concordance delimiters.
 */
public final class FictionVolume {
  private final String name;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<OptLine> pages = new ArrayList<>();
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private Charset windows1252;

  public FictionVolume(String name, String... header) {
    this.name = name;
    this.header = List.of(header);
  }

  /** Writes the DAT in Windows-1252 without a byte-order mark. */
  public FictionVolume inWindows1252() {
    this.windows1252 = Charset.forName("windows-1252");
    return this;
  }

  public FictionVolume record(String... values) {
    rows.add(Arrays.asList(values));
    return this;
  }

  /** {@code TEXT/<bates>.txt} in UTF-8, pages separated by form feeds; answers its DAT path. */
  public String text(String bates, String... pageTexts) {
    return file(
        "TEXT/" + bates + ".txt", String.join("\f", pageTexts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A file of the volume (path below the volume's folder); answers the path as the DAT names it.
   */
  public String file(String path, byte[] content) {
    files.put(name + "/" + path, content);
    return VolumePath.toLoadFile(path);
  }

  /** One single-page TIFF per Bates number of the range, listed in the OPT. */
  public FictionVolume tiffPages(String prefix, int first, int count) {
    for (int i = 0; i < count; i++) {
      String bates = String.format("%s%07d", prefix, first + i);
      String path = "IMAGES/" + bates + ".tif";
      file(path, tiff(bates));
      pages.add(
          i == 0
              ? OptLine.firstPage(bates, name, VolumePath.toLoadFile(path), count)
              : OptLine.nextPage(bates, name, VolumePath.toLoadFile(path)));
    }
    return this;
  }

  /** One single-page TIFF of a scanned page: its words drawn large enough for OCR, in the OPT. */
  public FictionVolume scannedPage(String bates, String words) {
    String path = "IMAGES/" + bates + ".tif";
    file(path, tiff(words, 1700, 2200, 64));
    pages.add(OptLine.firstPage(bates, name, VolumePath.toLoadFile(path), 1));
    return this;
  }

  /** One PDF for the whole document (its pages' text as given), listed in the OPT page by page. */
  public FictionVolume pdfPages(String prefix, int first, String... pageTexts) {
    String begin = String.format("%s%07d", prefix, first);
    String path = "IMAGES/" + begin + ".pdf";
    file(path, pdf(pageTexts));
    for (int i = 0; i < pageTexts.length; i++) {
      String bates = String.format("%s%07d", prefix, first + i);
      pages.add(
          i == 0
              ? OptLine.firstPage(bates, name, VolumePath.toLoadFile(path), pageTexts.length)
              : OptLine.nextPage(bates, name, VolumePath.toLoadFile(path)));
    }
    return this;
  }

  public byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, name + "/DATA/" + name + ".dat", dat());
      if (!pages.isEmpty()) {
        ByteArrayOutputStream opt = new ByteArrayOutputStream();
        try (OptWriter w = new OptWriter(opt)) {
          for (OptLine p : pages) {
            w.write(p);
          }
        }
        put(zip, name + "/DATA/" + name + ".opt", opt.toByteArray());
      }
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        put(zip, f.getKey(), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] dat() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (windows1252 == null) {
      try (DatWriter dat = new DatWriter(out, header)) {
        for (List<String> row : rows) {
          dat.write(row);
        }
      }
      return out.toByteArray();
    }
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    StringBuilder s = new StringBuilder();
    for (List<String> line : lines) {
      List<String> quoted = new ArrayList<>();
      for (String v : line) {
        quoted.add(
            "\u00fe" + v.replace("\u00fe", "\u00fe\u00fe").replace("\n", "\u00ae") + "\u00fe");
      }
      s.append(String.join("\u0014", quoted)).append("\r\n");
    }
    return s.toString().getBytes(windows1252);
  }

  private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(content);
    zip.closeEntry();
  }

  /** A small grey page image with its Bates number drawn on it. */
  public static byte[] tiff(String label) {
    return tiff(label, 850, 1100, 12);
  }

  private static byte[] tiff(String words, int width, int height, int points) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, points));
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
        java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    if (points > 12) {
      g.drawString(words, 150, 400);
    } else {
      g.drawString(words, width - 250, height - 40);
    }
    g.dispose();
    // LZW-compressed, as scans are sent compressed (an uncompressed white page would zip more than
    // 200 times smaller and be refused as a zip bomb).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("LZW");
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** A PDF with a text layer, one page per text. */
  static byte[] pdf(String... pageTexts) {
    try (PDDocument pdf = new PDDocument()) {
      for (String text : pageTexts) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
          c.beginText();
          c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          c.newLineAtOffset(72, 700);
          c.showText(text);
          c.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
