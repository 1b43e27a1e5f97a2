package org.pincite.service.ingest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.stream.Field;
import org.pincite.service.ingest.HtmlText;
import org.pincite.service.ingest.TextDecoding;

/**
 * A body part's text as a reader sees it, in the charset the part declared (mapped to the superset
 * mail clients really use) or the one the bytes fit: HTML as text, enriched text without its
 * markup, plain text without leading blank lines.
 */
final class MimeBodyText {
  private static final Map<String, String> CHARSET_SUPERSETS =
      Map.of(
          "ks_c_5601-1987", "x-windows-949",
          "ks_c_5601", "x-windows-949",
          "euc-kr", "x-windows-949",
          "gb2312", "GBK",
          "shift_jis", "windows-31j",
          "tis-620", "x-windows-874");

  private MimeBodyText() {}

  static String of(Entity entity, SingleBody body, String type) throws IOException {
    byte[] bytes;
    try (InputStream in = body.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String declared = declaredCharset(entity);
    return switch (type) {
      case "text/html" -> HtmlText.of(TextDecoding.decodeHtml(bytes, declared));
      case "text/enriched" ->
          TextDecoding.decodeText(bytes, declared)
              .replaceAll("<(?!<)[^>]*>", "")
              .replace("<<", "<")
              .strip();
      default ->
          TextDecoding.decodeText(bytes, declared)
              .replaceFirst("^(?:[ \\t]*\n)+", "")
              .stripTrailing();
    };
  }

  /**
   * The declared charset, mapped to the superset mail clients really use (EUC-KR mail is often
   * CP949).
   */
  private static String declaredCharset(Entity entity) {
    Field field = entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
    String charset = field instanceof ContentTypeField type ? type.getCharset() : null;
    if (charset == null) {
      return null;
    }
    String superset = CHARSET_SUPERSETS.get(charset.strip().toLowerCase(Locale.ROOT));
    return superset != null && TextDecoding.charsetOrNull(superset) != null ? superset : charset;
  }
}
