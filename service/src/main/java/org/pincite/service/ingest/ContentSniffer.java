package org.pincite.service.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A quick look at the first bytes for the few types Tika's magic cannot settle alone: mail without
 * an envelope line, and whether bytes are text at all. {@link MediaTypeDetector} decides the media
 * type; it asks this class only as a second opinion.
 */
public final class ContentSniffer {
  public static final String PDF = "application/pdf";
  public static final String EMAIL = "message/rfc822";
  public static final String TEXT = "text/plain";
  public static final String UNKNOWN = "application/octet-stream";

  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "(?im)^(from|to|cc|reply-to|subject|date|message-id|received|return-path|mime-version|delivered-to|content-type):");

  private ContentSniffer() {}

  public static String detect(byte[] bytes) {
    int head = Math.min(bytes.length, 1024);
    String start = new String(bytes, 0, head, StandardCharsets.ISO_8859_1);
    if (start.contains("%PDF-")) {
      return PDF;
    }
    // Mail may be in any charset (EUC-KR, Latin-1, raw 8-bit): look at its header block as bytes.
    String lead = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    String headerBlock = lead.split("\\r?\\n\\r?\\n", 2)[0];
    long headerLines = HEADER_LINE.matcher(headerBlock).results().count();
    if (headerLines >= 2
        && headerBlock.indexOf('\0') < 0
        && !start.toLowerCase(Locale.ROOT).startsWith("<")) {
      return EMAIL;
    }
    return isText(bytes) ? TEXT : UNKNOWN;
  }

  private static boolean isText(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
