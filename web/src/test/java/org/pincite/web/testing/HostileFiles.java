package org.pincite.web.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files an attacker would upload, built by the tests (fiction): huge pages, ZIP bombs, scans. */
public final class HostileFiles {
  private static final int CHUNK = 16 * 1024 * 1024;

  private HostileFiles() {}

  /** One page {@code points} square (14,400 is the most PDF allows) with a line of text. */
  public static byte[] hugePagePdf(float points) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(points, points));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 400);
        content.newLineAtOffset(400, points / 2);
        content.showText("Fiction: a page two hundred inches square.");
        content.endText();
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pages} blank letter pages: a scan without a text layer, for OCR. */
  public static byte[] blankPdf(int pages) {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage(PDRectangle.LETTER));
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /**
   * A ZIP of one deflated entry of {@code chunks} × 16 MiB of zeros, in the time of its CRC: a
   * deflate stream flushed in full after a chunk starts afresh, so one chunk's compressed bytes
   * repeated are the stream of all of them (deflating gigabytes for real takes minutes).
   */
  public static byte[] zerosZip(String name, int chunks) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] zeros = new byte[CHUNK];
    deflater.setInput(zeros);
    byte[] buffer = new byte[CHUNK];
    byte[] chunk =
        Arrays.copyOf(buffer, deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH));
    deflater.finish();
    byte[] tail = Arrays.copyOf(buffer, deflater.deflate(buffer));
    deflater.end();
    CRC32 crc = new CRC32();
    List<InputStream> parts = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      crc.update(zeros);
      parts.add(new ByteArrayInputStream(chunk));
    }
    parts.add(new ByteArrayInputStream(tail));
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    entry.setSize((long) CHUNK * chunks);
    entry.setCompressedSize((long) chunk.length * chunks + tail.length);
    entry.setCrc(crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      zip.setUseZip64(Zip64Mode.AsNeeded);
      zip.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(parts)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Archives in archives: {@code width} entries on each of {@code depth} levels. */
  public static byte[] nestedZip(int width, int depth) {
    byte[] inner = null;
    try {
      for (int level = depth; level >= 1; level--) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
          for (int i = 1; i <= width; i++) {
            zip.putNextEntry(
                new ZipEntry(
                    inner == null
                        ? "note-" + level + "-" + i + ".txt"
                        : "box-" + level + "-" + i + ".zip"));
            zip.write(
                inner == null
                    ? ("Fiction: note " + i + " at level " + level + ".\n").getBytes()
                    : inner);
            zip.closeEntry();
          }
        }
        inner = out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inner;
  }
}
