package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.pincite.domain.document.EmailHeaders;

/**
 * An email's header block, its body text and the files it carried, with mime4j in permissive mode
 * (it reads real mail, Korean charsets and raw UTF-8 headers included, where stricter parsers give
 * up).
 *
 * <p>The body is what a reader sees: of each multipart/alternative the text/plain version, else the
 * HTML one as text; inline text parts of a multipart/mixed follow each other. Every other part is
 * an attachment: files, inline images, signatures, and forwarded messages (message/rfc822), which
 * are kept whole as the inner message's bytes and not merged into the body.
 */
@ApplicationScoped
public class EmailExtractor {
  private static final Pattern UUENCODE_BEGIN = Pattern.compile("(?m)^begin [0-7]{3,4} (.+?)\\r?$");
  private static final Map<String, String> CHARSET_SUPERSETS =
      Map.of(
          "ks_c_5601-1987", "x-windows-949",
          "ks_c_5601", "x-windows-949",
          "euc-kr", "x-windows-949",
          "gb2312", "GBK",
          "shift_jis", "windows-31j",
          "tis-620", "x-windows-874");

  /** The email as the document's outcome; Failed with the reason when it cannot be read. */
  public ExtractionOutcome extract(byte[] emlBytes) {
    try {
      return parse(emlBytes).text();
    } catch (UnreadableEmailException e) {
      return new ExtractionOutcome.Failed(e.getMessage());
    }
  }

  /**
   * The email's headers and body text, and its attachments and forwarded messages in message order.
   *
   * @throws UnreadableEmailException when the bytes are empty, are an Outlook .msg file, carry no
   *     header field at all, or mime4j gives up on them; its message is the reason to show
   */
  public ParsedEmail parse(byte[] eml) throws UnreadableEmailException {
    if (eml == null || eml.length == 0) {
      throw new UnreadableEmailException("The email is empty (0 bytes)");
    }
    if (eml.length >= 8
        && (eml[0] & 0xff) == 0xD0
        && (eml[1] & 0xff) == 0xCF
        && (eml[2] & 0xff) == 0x11
        && (eml[3] & 0xff) == 0xE0) {
      throw new UnreadableEmailException(
          "The file is an Outlook .msg (OLE2) file, not a MIME email");
    }
    try {
      Message message = builder().parseMessage(new ByteArrayInputStream(eml));
      if (message.getHeader() == null || message.getHeader().getFields().isEmpty()) {
        throw new UnreadableEmailException("The file has no email header fields");
      }
      Walk walk = new Walk(forwardedMessageBytes(eml));
      walk.entity(message, true, 0);
      String from = fit(mailboxes(message.getFrom(), message, "From"), 1000);
      String subject = fit(readable(message.getSubject(), message, "Subject"), 1000);
      OffsetDateTime sentAt = sentAt(message);
      EmailHeaders headers =
          new EmailHeaders(
              from,
              fit(addresses(message.getTo(), message, "To"), 4000),
              fit(addresses(message.getCc(), message, "Cc"), 4000),
              sentAt,
              subject,
              fit(message.getMessageId(), 1000));
      String sender =
          message.getFrom() == null || message.getFrom().size() != 1
              ? from
              : fit(readable(display(message.getFrom().get(0)), message, "From"), 1000);
      ExtractionOutcome.Extracted text =
          new ExtractionOutcome.Extracted(
              List.of(walk.body()),
              List.of(),
              subject,
              sender,
              sentAt == null ? null : sentAt.toLocalDate(),
              headers);
      return new ParsedEmail(text, walk.attachments);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableEmailException("The email could not be read: " + e.getMessage(), e);
    }
  }

  private static DefaultMessageBuilder builder() {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
    return builder;
  }

  /**
   * The bytes of every message/rfc822 part, in message order. mime4j's message tree has only the
   * parsed inner message, so a second pass that does not descend into those parts gives them as
   * they were sent.
   */
  private static List<byte[]> forwardedMessageBytes(byte[] eml) {
    List<byte[]> forwarded = new ArrayList<>();
    try {
      MimeTokenStream stream =
          new MimeTokenStream(MimeConfig.PERMISSIVE, DecodeMonitor.SILENT, null);
      stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
      stream.parse(new ByteArrayInputStream(eml));
      for (EntityState state = stream.getState();
          state != EntityState.T_END_OF_STREAM;
          state = stream.next()) {
        if (state == EntityState.T_BODY
            && "message/rfc822".equalsIgnoreCase(stream.getBodyDescriptor().getMimeType())) {
          try (InputStream body = stream.getDecodedInputStream()) {
            forwarded.add(body.readAllBytes());
          }
        }
      }
    } catch (IOException | MimeException | RuntimeException e) {
      // The walk then writes the inner messages out from mime4j's tree instead.
    }
    return forwarded;
  }

  /** One pass over the part tree, gathering body text and attachments in message order. */
  private static final class Walk {
    private static final int MAX_DEPTH = 50;
    private final List<byte[]> forwardedBytes;
    private int forwardedSeen;
    private final List<String> texts = new ArrayList<>();
    private final List<EmailAttachment> attachments = new ArrayList<>();

    Walk(List<byte[]> forwardedBytes) {
      this.forwardedBytes = forwardedBytes;
    }

    /**
     * {@code wanted}: false inside an alternative that is not the one shown (its text is a copy).
     * Parts nested deeper than {@link #MAX_DEPTH} multiparts (only crafted mail does that) are left
     * out.
     */
    void entity(Entity entity, boolean wanted, int depth) throws IOException {
      Body body = entity.getBody();
      if (body instanceof Multipart multipart) {
        if (depth >= MAX_DEPTH) {
          return;
        }
        List<Entity> parts = multipart.getBodyParts();
        int shown =
            "alternative".equalsIgnoreCase(multipart.getSubType()) ? shownAlternative(parts) : -1;
        for (int i = 0; i < parts.size(); i++) {
          entity(parts.get(i), wanted && (shown < 0 || shown == i), depth + 1);
        }
      } else if (body instanceof Message inner) {
        forwarded(entity, inner);
      } else if (body instanceof SingleBody single) {
        String type = mediaType(entity);
        if (isBodyText(entity, type) || !wanted && isAlternativeText(entity, type)) {
          if (wanted) {
            String text = bodyText(entity, single, type);
            if (!text.isBlank()) {
              texts.add(text);
            }
          }
        } else if (type.equals("message/rfc822") || type.equals("message/global")) {
          attachments.add(
              new EmailAttachment(
                  fileName(entity, "forwarded-message-", ".eml"),
                  type,
                  bytes(entity, single),
                  true));
        } else {
          attachments.add(
              new EmailAttachment(
                  fileName(entity, "attachment-", extension(type)),
                  type,
                  bytes(entity, single),
                  false));
        }
      }
    }

    private void forwarded(Entity entity, Message inner) throws IOException {
      byte[] raw;
      if (forwardedSeen < forwardedBytes.size()) {
        raw = forwardedBytes.get(forwardedSeen);
      } else {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DefaultMessageWriter().writeMessage(inner, out);
        raw = out.toByteArray();
      }
      forwardedSeen++;
      attachments.add(
          new EmailAttachment(
              fileName(entity, "forwarded-message-", ".eml"), "message/rfc822", raw, true));
    }

    private String fileName(Entity entity, String prefix, String extension) {
      String name = EmailExtractor.fileName(entity.getHeader());
      if (name == null && isUuencoded(entity) && entity.getBody() instanceof SingleBody single) {
        name = uuencodedName(single);
      }
      return name != null ? name : prefix + (attachments.size() + 1) + extension;
    }

    String body() {
      return String.join("\n\n", texts);
    }
  }

  /**
   * Of a multipart/alternative's parts, the one a reader is shown: plain text first, else HTML,
   * else the last (blank versions do not count).
   */
  private static int shownAlternative(List<Entity> parts) {
    for (String wanted : List.of("text/plain", "text/html", "text/enriched")) {
      for (int i = 0; i < parts.size(); i++) {
        if (holds(parts.get(i), wanted)) {
          return i;
        }
      }
    }
    return parts.size() - 1;
  }

  /** Whether the part is, or contains, body text of that type that is not blank. */
  private static boolean holds(Entity entity, String type) {
    return holds(entity, type, 0);
  }

  private static boolean holds(Entity entity, String type, int depth) {
    if (entity.getBody() instanceof Multipart multipart) {
      return depth < Walk.MAX_DEPTH
          && multipart.getBodyParts().stream().anyMatch(part -> holds(part, type, depth + 1));
    }
    if (entity.getBody() instanceof SingleBody single
        && mediaType(entity).equals(type)
        && isBodyText(entity, type)) {
      try (InputStream in = single.getInputStream()) {
        for (byte b : in.readAllBytes()) {
          if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
            return true;
          }
        }
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Text in an alternative not shown (text/watch-html and the like): another copy of the body, not
   * a file.
   */
  private static boolean isAlternativeText(Entity entity, String type) {
    return type.startsWith("text/")
        && !"attachment".equalsIgnoreCase(entity.getDispositionType())
        && fileName(entity.getHeader()) == null;
  }

  private static boolean isBodyText(Entity entity, String type) {
    return (type.equals("text/plain") || type.equals("text/html") || type.equals("text/enriched"))
        && !"attachment".equalsIgnoreCase(entity.getDispositionType())
        && fileName(entity.getHeader()) == null
        && !isUuencoded(entity);
  }

  private static String bodyText(Entity entity, SingleBody body, String type) throws IOException {
    byte[] bytes;
    try (InputStream in = body.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String declared = declaredCharset(entity);
    return switch (type) {
      case "text/html" ->
          OfficeTextExtractor.htmlText(OfficeTextExtractor.decodeHtml(bytes, declared));
      case "text/enriched" ->
          OfficeTextExtractor.decodeText(bytes, declared)
              .replaceAll("<(?!<)[^>]*>", "")
              .replace("<<", "<")
              .strip();
      default ->
          OfficeTextExtractor.decodeText(bytes, declared)
              .replaceFirst("^(?:[ \\t]*\n)+", "")
              .stripTrailing();
    };
  }

  private static byte[] bytes(Entity entity, SingleBody body) throws IOException {
    byte[] bytes;
    try (InputStream in = body.getInputStream()) {
      bytes = in.readAllBytes();
    }
    return isUuencoded(entity) ? uudecode(bytes) : bytes;
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
    return superset != null && OfficeTextExtractor.charsetOrNull(superset) != null
        ? superset
        : charset;
  }

  private static String mediaType(Entity entity) {
    String type = entity.getMimeType();
    return type == null ? "application/octet-stream" : type.strip().toLowerCase(Locale.ROOT);
  }

  private static String extension(String mediaType) {
    if (mediaType.startsWith("text/") || mediaType.startsWith("message/")) {
      return mediaType.equals("text/html") ? ".html" : ".txt";
    }
    try {
      String extension = MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtension();
      return extension.isEmpty() ? ".bin" : extension;
    } catch (MimeTypeException e) {
      return ".bin";
    }
  }

  private static boolean isUuencoded(Entity entity) {
    String encoding = entity.getContentTransferEncoding();
    return encoding != null
        && List.of("x-uuencode", "uuencode", "x-uue")
            .contains(encoding.strip().toLowerCase(Locale.ROOT));
  }

  private static String uuencodedName(SingleBody body) {
    try (InputStream in = body.getInputStream()) {
      Matcher begin =
          UUENCODE_BEGIN.matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      return begin.find() ? safeFileName(begin.group(1)) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The data of a uuencoded body (mime4j passes x-uuencode through undecoded); the bytes as they
   * are when there is no "begin" line.
   */
  static byte[] uudecode(byte[] encoded) {
    String text = new String(encoded, StandardCharsets.ISO_8859_1);
    Matcher begin = UUENCODE_BEGIN.matcher(text);
    if (!begin.find()) {
      return encoded;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length * 3 / 4);
    for (String line : text.substring(begin.end()).split("\\r?\\n")) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("end") || line.charAt(0) == '`' && line.length() == 1) {
        break;
      }
      int length = (line.charAt(0) - 32) & 0x3f;
      int produced = 0;
      for (int i = 1; produced < length; i += 4) {
        int[] c = new int[4];
        for (int k = 0; k < 4; k++) {
          c[k] = i + k < line.length() ? (line.charAt(i + k) - 32) & 0x3f : 0;
        }
        int[] b = {
          (c[0] << 2) | (c[1] >> 4), ((c[1] & 0xf) << 4) | (c[2] >> 2), ((c[2] & 0x3) << 6) | c[3]
        };
        for (int k = 0; k < 3 && produced < length; k++, produced++) {
          out.write(b[k]);
        }
      }
    }
    return out.toByteArray();
  }

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
          String name = safeFileName(DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT));
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
  private static String rawValue(Field field) {
    ByteSequence raw = field.getRaw();
    String text;
    if (raw == null) {
      text = field.getBody();
    } else {
      byte[] bytes = raw.toByteArray();
      text =
          OfficeTextExtractor.isUtf8(bytes)
              ? new String(bytes, StandardCharsets.UTF_8)
              : OfficeTextExtractor.decodeText(bytes, "windows-1252");
      int colon = text.indexOf(':');
      text = colon < 0 ? text : text.substring(colon + 1);
    }
    return text.replaceAll("\\r?\\n(?=[ \\t])", "").replaceAll("[\\r\\n]", "");
  }

  /**
   * A parameter of a structured header value, RFC 2231 sections and charsets included; null when
   * absent.
   */
  static String parameter(String value, String wanted) {
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
          charset = OfficeTextExtractor.charsetOrNull(charsetLanguageText[0]);
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
    return charset != null
        ? new String(decoded, charset)
        : OfficeTextExtractor.decodeText(decoded, null);
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

  /** The last path segment, without control characters; null when nothing is left. */
  static String safeFileName(String name) {
    if (name == null) {
      return null;
    }
    String clean = name.replaceAll("[\\p{Cntrl}]", "").strip();
    int slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
    clean = clean.substring(slash + 1).strip();
    return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? null : clean;
  }

  private static OffsetDateTime sentAt(Message message) {
    Field date = message.getHeader() == null ? null : message.getHeader().getField("Date");
    if (date != null) {
      try {
        return OffsetDateTime.parse(
            date.getBody().strip().replaceAll("\\s+\\(.*\\)$", ""),
            DateTimeFormatter.RFC_1123_DATE_TIME);
      } catch (DateTimeParseException e) {
        // fall through to mime4j's lenient reading, which keeps the instant but not the offset
      }
    }
    try {
      return message.getDate() == null
          ? null
          : message.getDate().toInstant().atOffset(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null; // an unreadable Date header is no date, not an unreadable email
    }
  }

  private static String mailboxes(MailboxList list, Message message, String field) {
    if (list == null || list.isEmpty()) {
      return unstructured(message, field);
    }
    return readable(
        list.stream().map(EmailExtractor::display).collect(Collectors.joining(", ")),
        message,
        field);
  }

  private static String addresses(AddressList list, Message message, String field) {
    if (list == null || list.isEmpty()) {
      return unstructured(message, field);
    }
    return readable(
        list.stream().map(EmailExtractor::display).collect(Collectors.joining(", ")),
        message,
        field);
  }

  /**
   * mime4j's reading of a header, unless it lost characters (raw 8-bit Latin-1 read as UTF-8 gives
   * replacement characters): then the header's own bytes, decoded as text.
   */
  private static String readable(String parsed, Message message, String field) {
    if (parsed == null || parsed.indexOf('\uFFFD') < 0) {
      return parsed;
    }
    String raw = unstructured(message, field);
    return raw == null
            || raw.chars().filter(c -> c == '\uFFFD').count()
                >= parsed.chars().filter(c -> c == '\uFFFD').count()
        ? parsed
        : raw;
  }

  /**
   * A header mime4j could not parse as addresses (raw UTF-8, stray characters), decoded as text.
   */
  private static String unstructured(Message message, String name) {
    Field field = message.getHeader() == null ? null : message.getHeader().getField(name);
    if (field == null) {
      return null;
    }
    String value = DecoderUtil.decodeEncodedWords(rawValue(field).strip(), DecodeMonitor.SILENT);
    return value.isBlank() ? null : value.replaceAll("\\s+", " ");
  }

  private static String display(Address address) {
    if (address instanceof Group group) {
      String members =
          group.getMailboxes() == null
              ? ""
              : group.getMailboxes().stream()
                  .map(EmailExtractor::display)
                  .collect(Collectors.joining(", "));
      return group.getName() + ": " + members + ";";
    }
    Mailbox mailbox = (Mailbox) address;
    return mailbox.getName() == null || mailbox.getName().isBlank()
        ? mailbox.getAddress()
        : mailbox.getName() + " <" + mailbox.getAddress() + ">";
  }

  /** The value cut to the column's length (marking the cut), or null when blank. */
  static String fit(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    int cut = Character.isHighSurrogate(stripped.charAt(max - 2)) ? max - 2 : max - 1;
    return stripped.substring(0, cut) + "…";
  }
}
