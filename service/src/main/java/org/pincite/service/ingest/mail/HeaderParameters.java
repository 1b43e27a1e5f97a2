package org.pincite.service.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;
import org.pincite.service.ingest.FileNames;
import org.pincite.service.ingest.TextDecoding;

/**
 * Header values as they were sent, and the parameters in them: a part's file name from RFC 2231
 * parameters (sections, charsets), RFC 2047 encoded words (mime4j's {@link DecoderUtil}) or raw
 * 8-bit bytes (UTF-8 when valid, else windows-1252), which real mail clients all send. {@link
 * #rawValue} and {@link #parameter} are public for the one other reader of MIME part headers, the
 * web's multipart/form-data upload: browsers send raw UTF-8 names, some clients RFC 5987 {@code
 * filename*}.
 */
public final class HeaderParameters {
  private HeaderParameters() {}

  /**
   * The part's file name: Content-Disposition's filename, else Content-Type's name; RFC 2231
   * (filename*, continuations, charset), RFC 2047 encoded words and raw 8-bit (UTF-8, else
   * windows-1252) decoded, any folder path dropped. Null when the part has none.
   */
  static String fileName(Header header) {
    if (header == null) {
      return null;
    }
    for (String[] fieldAndParameter :
        new String[][] {{"Content-Disposition", "filename"}, {"Content-Type", "name"}}) {
      Field field = header.getField(fieldAndParameter[0]);
      if (field != null) {
        String value = parameter(rawValue(field), fieldAndParameter[1]);
        if (value != null) {
          String name =
              FileNames.leafName(DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT));
          if (name != null) {
            return name;
          }
        }
      }
    }
    return null;
  }

  /**
   * The field's value from its raw bytes, unfolded, read as UTF-8 when valid, else windows-1252.
   */
  public static String rawValue(Field field) {
    ByteSequence raw = field.getRaw();
    String text;
    if (raw == null) {
      text = field.getBody();
    } else {
      byte[] bytes = raw.toByteArray();
      text =
          TextDecoding.isUtf8(bytes)
              ? new String(bytes, StandardCharsets.UTF_8)
              : TextDecoding.decodeText(bytes, "windows-1252");
      int colon = text.indexOf(':');
      text = colon < 0 ? text : text.substring(colon + 1);
    }
    return text.replaceAll("\\r?\\n(?=[ \\t])", "").replaceAll("[\\r\\n]", "");
  }

  /**
   * A parameter of a structured header value, RFC 2231 sections and charsets included; null when
   * absent.
   */
  public static String parameter(String value, String wanted) {
    String plain = null;
    Map<Integer, String[]> sections = new TreeMap<>(); // section number -> {value, encoded?}
    for (String parameter : splitParameters(value)) {
      int equals = parameter.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String key = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String raw = unquote(parameter.substring(equals + 1).strip());
      if (key.equals(wanted)) {
        plain = plain == null ? raw : plain;
      } else if (key.startsWith(wanted + "*")) {
        String rest = key.substring(wanted.length() + 1);
        boolean encoded = rest.endsWith("*") || rest.isEmpty();
        String number = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
        try {
          sections.put(
              number.isEmpty() ? 0 : Integer.parseInt(number),
              new String[] {raw, Boolean.toString(encoded)});
        } catch (NumberFormatException e) {
          // not a section of this parameter
        }
      }
    }
    if (sections.isEmpty()) {
      return plain;
    }
    Charset charset = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean first = true;
    for (String[] section : sections.values()) {
      String text = section[0];
      boolean encoded = Boolean.parseBoolean(section[1]);
      if (first && encoded) {
        String[] charsetLanguageText = text.split("'", 3);
        if (charsetLanguageText.length == 3) {
          charset = TextDecoding.charsetOrNull(charsetLanguageText[0]);
          text = charsetLanguageText[2];
        }
      }
      first = false;
      if (encoded) {
        percentDecode(text, bytes);
      } else {
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] decoded = bytes.toByteArray();
    return charset != null ? new String(decoded, charset) : TextDecoding.decodeText(decoded, null);
  }

  private static List<String> splitParameters(String value) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted && i + 1 < value.length()) {
        current.append(c).append(value.charAt(++i));
        continue;
      } else if (c == ';' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
    }
    return value;
  }

  private static void percentDecode(String text, ByteArrayOutputStream out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        try {
          out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
          continue;
        } catch (NumberFormatException e) {
          // a lone percent sign: keep it
        }
      }
      out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
    }
  }
}
