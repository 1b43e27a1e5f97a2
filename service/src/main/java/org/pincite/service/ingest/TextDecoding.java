package org.pincite.service.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters from bytes whose charset is unknown or doubtful, by the rules browsers and mail
 * clients follow (a byte-order mark wins; a declared charset only when it fits the bytes; else
 * UTF-8 when valid, else windows-1252). Shared by the text, HTML and mail readers, so that a body
 * reads the same wherever it came from.
 */
public final class TextDecoding {
  private static final Charset WINDOWS_1252 = windows1252();
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private TextDecoding() {}

  /**
   * Text from bytes in an unknown or doubtful charset: a BOM wins; then {@code declared} when it is
   * known and fits the bytes (US-ASCII only when they are 7-bit; ISO-8859-1 read as windows-1252,
   * as browsers do); else UTF-8 when valid; else windows-1252. Line ends become LF.
   */
  public static String decodeText(byte[] bytes, String declared) {
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

  /** The HTML's characters by the rules of {@link HtmlTextExtractor}. */
  public static String decodeHtml(byte[] html, String charsetHint) {
    if (bomCharset(html) == null && declaredCharset(charsetHint, html) == null) {
      String head = new String(html, 0, Math.min(html.length, 8192), StandardCharsets.ISO_8859_1);
      Matcher meta = META_CHARSET.matcher(head);
      if (meta.find()) {
        return decodeText(html, meta.group(1));
      }
    }
    return decodeText(html, charsetHint);
  }

  public static Charset charsetOrNull(String name) {
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

  public static boolean isUtf8(byte[] bytes) {
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

  static Charset bomCharset(byte[] b) {
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

  public static String normaliseLineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Charset windows1252() {
    Charset charset = charsetOrNull("windows-1252");
    return charset == null ? StandardCharsets.ISO_8859_1 : charset;
  }
}
