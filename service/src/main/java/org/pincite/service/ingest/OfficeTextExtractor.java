package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of the other originals a matter holds besides PDFs and emails: Word (.docx) files, HTML
 * pages and plain-text files. Each comes back as one page, since none of them has reliable pages.
 * Like the other extractors it never throws for bad input: it answers Failed or NeedsPassword.
 *
 * <p>The HTML-to-text and charset rules here are shared with the email readers, so that an HTML
 * mail body reads the same as an HTML file.
 */
@ApplicationScoped
public class OfficeTextExtractor {
  private static final Charset WINDOWS_1252 = windows1252();
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "tr",
          "ul");

  /** Blocks followed by an empty line, as a reader sees them. */
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre", "table", "ol", "ul", "dl");

  private static final Set<String> DROPPED =
      Set.of("script", "style", "head", "title", "template", "noscript", "object", "iframe");

  /**
   * A Word 2007+ document's text (paragraphs and tables in document order, tables a row a line with
   * cells tab-separated), with title, author and creation date from its core properties.
   */
  public ExtractionOutcome extractDocx(byte[] docx) {
    if (docx == null || docx.length == 0) {
      return new ExtractionOutcome.Failed("The file is empty (0 bytes)");
    }
    if (FileMagic.valueOf(docx) == FileMagic.OLE2) {
      return oleInsteadOfDocx(docx);
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      String text = normaliseLineBreaks(words.getText()).strip();
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

  /**
   * An HTML page's text, with block elements and {@code <br>} as line breaks and scripts and styles
   * left out; the title is the page's {@code <title>}. The charset is, in that order, the one a
   * byte-order mark gives, {@code charsetHint} (from the server or the email part; may be null),
   * the page's own meta charset, else UTF-8 when the bytes are valid UTF-8, else windows-1252.
   */
  public ExtractionOutcome extractHtml(byte[] html, String charsetHint) {
    if (html == null || html.length == 0) {
      return new ExtractionOutcome.Failed("The file is empty (0 bytes)");
    }
    try {
      Document page = Jsoup.parse(decodeHtml(html, charsetHint));
      String title = blankToNull(page.title());
      return new ExtractionOutcome.Extracted(
          List.of(htmlText(page)), List.of(), title, null, null, null);
    } catch (RuntimeException e) {
      return new ExtractionOutcome.Failed("The HTML could not be read: " + e.getMessage());
    }
  }

  /**
   * A plain-text file's text: UTF-8 (or UTF-16 with a byte-order mark) when it decodes as such,
   * else windows-1252 (a superset of ISO-8859-1 in practice); the BOM is dropped and CRLF and CR
   * line ends become LF.
   */
  public ExtractionOutcome extractPlainText(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return new ExtractionOutcome.Failed("The file is empty (0 bytes)");
    }
    if (bomCharset(bytes) == null && contains(bytes, (byte) 0)) {
      return new ExtractionOutcome.Failed("The file is not plain text (it holds NUL bytes)");
    }
    return ExtractionOutcome.Extracted.text(List.of(decodeText(bytes, null)));
  }

  /**
   * Text from bytes in an unknown or doubtful charset: a BOM wins; then {@code declared} when it is
   * known and fits the bytes (US-ASCII only when they are 7-bit; ISO-8859-1 read as windows-1252,
   * as browsers do); else UTF-8 when valid; else windows-1252. Line ends become LF.
   */
  static String decodeText(byte[] bytes, String declared) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return normaliseLineBreaks(new String(bytes, skip, bytes.length - skip, bom));
    }
    Charset charset = declaredCharset(declared, bytes);
    if (charset == null) {
      charset = looksLikeUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
    return normaliseLineBreaks(new String(bytes, charset));
  }

  /** The HTML's characters by the rules of {@link #extractHtml(byte[], String)}. */
  static String decodeHtml(byte[] html, String charsetHint) {
    if (bomCharset(html) == null && declaredCharset(charsetHint, html) == null) {
      String head = new String(html, 0, Math.min(html.length, 8192), StandardCharsets.ISO_8859_1);
      Matcher meta = META_CHARSET.matcher(head);
      if (meta.find()) {
        return decodeText(html, meta.group(1));
      }
    }
    return decodeText(html, charsetHint);
  }

  /** HTML markup as readable text (see {@link #htmlText(Document)}). */
  static String htmlText(String html) {
    return htmlText(Jsoup.parse(html));
  }

  /**
   * The page's text as a reader sees it: block elements and {@code <br>} break lines, paragraphs,
   * headings and tables are followed by an empty line, table cells are tab-separated, list items
   * start with "- ", {@code <pre>} keeps its spacing; scripts, styles and the head are left out.
   */
  static String htmlText(Document page) {
    TextCollector collector = new TextCollector();
    NodeTraversor.traverse(collector, page);
    return collector.text();
  }

  static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String clean = name.strip().replace("\"", "").replace("'", "");
    try {
      return Charset.isSupported(clean) ? Charset.forName(clean) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Whether the bytes are UTF-8, allowing a few broken sequences (a cut-off or damaged message):
   * true when they are all valid, or when valid multi-byte sequences outnumber invalid bytes.
   * Latin-1 text almost never forms a valid multi-byte sequence.
   */
  static boolean looksLikeUtf8(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xff;
      if (lead < 0x80) {
        i++;
        continue;
      }
      int continuations =
          lead >= 0xC2 && lead <= 0xDF
              ? 1
              : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
      boolean ok = continuations > 0 && i + continuations < bytes.length;
      for (int k = 1; ok && k <= continuations; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += continuations + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return invalid == 0 || valid > invalid;
  }

  private static Charset declaredCharset(String declared, byte[] bytes) {
    Charset charset = charsetOrNull(declared);
    if (charset == null) {
      return null;
    }
    if (charset.equals(StandardCharsets.US_ASCII)) {
      return isAscii(bytes) ? charset : null;
    }
    if (charset.equals(StandardCharsets.ISO_8859_1)) {
      return WINDOWS_1252;
    }
    if (charset.equals(StandardCharsets.UTF_8) && !looksLikeUtf8(bytes)) {
      return null; // mislabelled Latin-1: windows-1252 reads it better than replacement characters
    }
    return charset;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] bytes, byte wanted) {
    for (byte b : bytes) {
      if (b == wanted) {
        return true;
      }
    }
    return false;
  }

  static String normaliseLineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
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

  private static Charset windows1252() {
    Charset charset = charsetOrNull("windows-1252");
    return charset == null ? StandardCharsets.ISO_8859_1 : charset;
  }

  /** Walks the page once, writing text and the line breaks the elements imply. */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private int pre;
    private int dropped;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (DROPPED.contains(tag)) {
          dropped++;
          return;
        }
        if (dropped > 0) {
          return;
        }
        if (tag.equals("pre")) {
          pre++;
        }
        if (tag.equals("br")) {
          out.append('\n');
        } else if (BLOCKS.contains(tag)) {
          lineBreaks(1);
          if (tag.equals("li")) {
            out.append("- ");
          }
        } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
          trimTrailingSpaces();
          out.append('\t');
        } else if (tag.equals("img") && !element.attr("alt").isBlank()) {
          appendWords(" " + element.attr("alt").strip() + " ");
        }
      } else if (node instanceof TextNode textNode && dropped == 0) {
        if (pre > 0) {
          out.append(textNode.getWholeText());
        } else {
          appendWords(textNode.getWholeText());
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (DROPPED.contains(tag)) {
          dropped--;
          return;
        }
        if (dropped > 0) {
          return;
        }
        if (tag.equals("pre")) {
          pre--;
        }
        if (BLOCKS.contains(tag)) {
          lineBreaks(PARAGRAPHS.contains(tag) ? 2 : 1);
        }
      }
    }

    /** Appends text with runs of white space (no-break spaces included) as one space. */
    private void appendWords(String text) {
      String words = text.replaceAll("[\\s\\u00a0\\u200b]+", " ");
      if (words.isEmpty()) {
        return;
      }
      char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
      if (words.charAt(0) == ' ' && (last == ' ' || last == '\n' || last == '\t')) {
        words = words.substring(1);
      }
      out.append(words);
    }

    /** Ends the current line, so that at least {@code count} line breaks end the text so far. */
    private void lineBreaks(int count) {
      trimTrailingSpaces();
      if (out.length() == 0) {
        return;
      }
      int have = 0;
      for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
        have++;
      }
      for (int i = have; i < count; i++) {
        out.append('\n');
      }
    }

    private void trimTrailingSpaces() {
      int end = out.length();
      while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
        end--;
      }
      out.setLength(end);
    }

    String text() {
      String text = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
      return text.strip();
    }
  }
}
