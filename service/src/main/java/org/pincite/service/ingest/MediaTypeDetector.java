package org.pincite.service.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The media type of an upload, judged by its content first and its name only where the content is
 * ambiguous: custodians rename files (an HTML page saved as .pdf, an Outlook .msg saved as .eml),
 * and the extractor chosen from a wrong type fails or reads garbage.
 *
 * <p>Tika's core detector (magic bytes, then the name) does most of the work. tika-core alone
 * cannot look inside containers, so OLE2 files are told apart here by their streams (Outlook .msg,
 * Word, Excel, PowerPoint) and ZIP files by their entries (DOCX, XLSX, PPTX, else ZIP). Mail is
 * judged with {@link MailboxSplitter} and {@link ContentSniffer}: an mbox with one message is also
 * an email with a From_ line, so a single message is message/rfc822 unless the name says .mbox.
 */
public final class MediaTypeDetector {
  public static final String PDF = "application/pdf";
  public static final String EMAIL = "message/rfc822";
  public static final String MBOX = "application/mbox";
  public static final String OUTLOOK_MSG = "application/vnd.ms-outlook";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  public static final String ZIP = "application/zip";
  public static final String HTML = "text/html";
  public static final String TEXT = "text/plain";
  public static final String UNKNOWN = "application/octet-stream";
  private static final String OLE2 = "application/x-tika-msoffice";
  private static final String OOXML = "application/x-tika-ooxml";
  private static final Detector TIKA = TikaConfig.getDefaultConfig().getDetector();

  private MediaTypeDetector() {}

  /**
   * The media type, without parameters (e.g. "application/pdf"); application/octet-stream when
   * nothing fits. {@code fileName} may be null.
   */
  public static String detect(byte[] bytes, String fileName) {
    if (bytes == null || bytes.length == 0) {
      return UNKNOWN;
    }
    String tika = tika(bytes, fileName);
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (tika.equals(OLE2)
        || tika.equals(OUTLOOK_MSG)
        || tika.startsWith("application/vnd.ms-")
        || tika.equals("application/msword")) {
      return oleType(bytes, tika);
    }
    if (tika.equals(ZIP)
        || tika.equals(OOXML)
        || tika.startsWith("application/vnd.openxmlformats-officedocument.")) {
      return zipType(bytes);
    }
    if (tika.equals(MBOX)
        || tika.equals(EMAIL)
        || tika.startsWith("text/")
        || tika.equals(UNKNOWN)) {
      String mail = mailType(bytes, name);
      if (mail != null) {
        return mail;
      }
      if (tika.equals(MBOX) || tika.equals(EMAIL)) {
        return ContentSniffer.detect(bytes).equals(ContentSniffer.TEXT)
            ? TEXT
            : UNKNOWN; // Tika believed the name
      }
    }
    return tika;
  }

  private static String tika(byte[] bytes, String fileName) {
    Metadata metadata = new Metadata();
    if (fileName != null && !fileName.isBlank()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      MediaType type = TIKA.detect(in, metadata);
      return type == null ? UNKNOWN : type.getBaseType().toString();
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /** mbox or a single email by content; null when the bytes are neither. */
  private static String mailType(byte[] bytes, String name) {
    if (MailboxSplitter.looksLikeMbox(bytes)) {
      if (name.endsWith(".mbox")
          || name.endsWith(".mbx")
          || MailboxSplitter.split(bytes).size() > 1) {
        return MBOX;
      }
      return EMAIL;
    }
    return ContentSniffer.detect(bytes).equals(ContentSniffer.EMAIL) ? EMAIL : null;
  }

  private static String oleType(byte[] bytes, String tika) {
    try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = ole.getRoot();
      if (root.hasEntryCaseInsensitive("__properties_version1.0")
          || hasEntryStartingWith(root, "__substg1.0_")) {
        return OUTLOOK_MSG;
      }
      if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
        return "application/x-tika-ooxml-protected"; // a password-protected DOCX/XLSX/PPTX
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return "application/msword";
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        return "application/vnd.ms-excel";
      }
      if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
        return "application/vnd.ms-powerpoint";
      }
      return tika;
    } catch (IOException | RuntimeException e) {
      return tika.equals(OLE2) ? UNKNOWN : tika; // a damaged OLE2 file
    }
  }

  private static boolean hasEntryStartingWith(DirectoryNode root, String prefix) {
    for (Entry entry : root) {
      if (entry.getName().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * DOCX, XLSX or PPTX by their main part, else a plain ZIP (corrupt archives included). Judged by
   * the entry names in the central directory alone: nothing is inflated, so a ZIP bomb costs what
   * its directory costs to read.
   */
  private static String zipType(byte[] bytes) {
    boolean contentTypes = false;
    String office = null;
    try (ZipFile zip =
        ZipFile.builder()
            .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
            .setIgnoreLocalFileHeader(true)
            .get()) {
      for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        contentTypes |= name.equals("[Content_Types].xml");
        if (name.equals("word/document.xml") || name.matches("word/document\\d*\\.xml")) {
          office = DOCX;
        } else if (name.equals("xl/workbook.xml")) {
          office = XLSX;
        } else if (name.equals("ppt/presentation.xml")) {
          office = PPTX;
        }
        if (contentTypes && office != null) {
          return office;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a damaged archive: still a ZIP by its magic
    }
    return ZIP;
  }
}
