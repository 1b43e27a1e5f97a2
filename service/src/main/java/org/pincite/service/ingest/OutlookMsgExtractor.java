package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.apache.poi.hsmf.datatypes.Chunk;
import org.apache.poi.hsmf.datatypes.DirectoryChunk;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.pincite.domain.document.EmailHeaders;

/**
 * Outlook .msg files (an OLE2 container of MAPI properties, not MIME), read with POI HSMF into the
 * same shape as a MIME email: headers, body text and attachments. Custodians export mail from
 * Outlook this way, often under a .eml name.
 *
 * <p>Missing properties are normal in .msg files: each one absent here is simply left null. The
 * body is the plain-text body, else the HTML body as text, else the RTF body crudely stripped. An
 * embedded message (an email attached to the email) is returned as a standalone .msg file built
 * from its storage, so that it can be read again like any other.
 */
@ApplicationScoped
public class OutlookMsgExtractor {
  private static final Logger LOG = Logger.getLogger(OutlookMsgExtractor.class.getName());
  private static final String OUTLOOK = "application/vnd.ms-outlook";

  /**
   * MAPI properties POI has no accessor for: the sender's SMTP address (PidTagSenderSmtpAddress,
   * PidTagSentRepresentingSmtpAddress).
   */
  private static final int SENDER_SMTP_ADDRESS = 0x5D01;

  private static final int SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02;
  private static final String PROPERTIES = "__properties_version1.0";
  private static final String NAMED_PROPERTIES = "__nameid_version1.0";
  private static final Pattern HTML_BREAK =
      Pattern.compile("(?i)\\\\\\*\\\\htmltag\\d*\\s*</?(br|p|div|tr|li|h[1-6]|table)\\b");

  /**
   * The .msg file's headers, body and attachments.
   *
   * @throws UnreadableEmailException when the bytes are not an OLE2 file, or are one but hold no
   *     Outlook message, or POI cannot read them
   */
  public ParsedEmail parse(byte[] msg) throws UnreadableEmailException {
    if (msg == null || msg.length == 0) {
      throw new UnreadableEmailException("The Outlook message is empty (0 bytes)");
    }
    if (FileMagic.valueOf(msg) != FileMagic.OLE2) {
      throw new UnreadableEmailException("The file is not an Outlook .msg file (no OLE2 header)");
    }
    try (MAPIMessage message = new MAPIMessage(new ByteArrayInputStream(msg))) {
      if (!isOutlookMessage(message.getDirectory())) {
        throw new UnreadableEmailException(
            "The OLE2 file holds no Outlook message (it may be a .doc, .xls or .ppt)");
      }
      message.setReturnNullOnMissingChunk(true);
      try {
        message
            .guess7BitEncoding(); // older .msg files store 8-bit strings in the sender's code page
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "No code page could be guessed for the 8-bit strings", e);
      }
      String[] transportHeaders = optional(message::getHeaders);
      String headerBlock = transportHeaders == null ? null : String.join("\r\n", transportHeaders);
      String subject = EmailExtractor.fit(optional(message::getSubject), 1000);
      String from = EmailExtractor.fit(from(message, headerBlock), 1000);
      Map<Integer, List<String>> recipients = recipients(message);
      String to =
          recipients.isEmpty()
              ? optional(message::getDisplayTo)
              : String.join(", ", recipients.getOrDefault(1, List.of()));
      String cc =
          recipients.isEmpty()
              ? optional(message::getDisplayCC)
              : String.join(", ", recipients.getOrDefault(2, List.of()));
      OffsetDateTime sentAt = sentAt(message, headerBlock);
      String messageId = optional(() -> value(message.getMainChunks().getMessageId()));
      if (messageId == null) {
        messageId = headerField(headerBlock, "Message-ID");
      }
      EmailHeaders headers =
          new EmailHeaders(
              from,
              EmailExtractor.fit(to, 4000),
              EmailExtractor.fit(cc, 4000),
              sentAt,
              subject,
              EmailExtractor.fit(messageId, 1000));
      ExtractionOutcome.Extracted text =
          new ExtractionOutcome.Extracted(
              List.of(body(message)),
              List.of(),
              subject,
              from,
              sentAt == null ? null : sentAt.toLocalDate(),
              headers);
      return new ParsedEmail(text, attachments(message));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableEmailException(
          "The Outlook message could not be read: " + e.getMessage(), e);
    }
  }

  private static boolean isOutlookMessage(DirectoryNode root) {
    if (root == null) {
      return false;
    }
    for (Entry entry : root) {
      if (entry.getName().startsWith("__substg1.0_") || entry.getName().equals(PROPERTIES)) {
        return true;
      }
    }
    return false;
  }

  /** "Name <address>" from the sender's display name and SMTP address, whichever exist. */
  private static String from(MAPIMessage message, String headerBlock) {
    String name = optional(message::getDisplayFrom);
    String address = stringChunk(message, SENDER_SMTP_ADDRESS);
    if (address == null) {
      address = stringChunk(message, SENT_REPRESENTING_SMTP_ADDRESS);
    }
    if (address == null) {
      String emailFrom = optional(() -> value(message.getMainChunks().getEmailFromChunk()));
      address =
          emailFrom != null && emailFrom.contains("@")
              ? emailFrom
              : null; // not an Exchange X.500 address
    }
    if (name == null && address == null) {
      return headerField(headerBlock, "From");
    }
    return person(name, address);
  }

  /**
   * Recipients by MAPI recipient type (1 To, 2 Cc, 3 Bcc), as "Name <address>". Empty when POI
   * finds none.
   */
  private static Map<Integer, List<String>> recipients(MAPIMessage message) {
    Map<Integer, List<String>> byType = new LinkedHashMap<>();
    RecipientChunks[] all = message.getRecipientDetailsChunks();
    if (all == null) {
      return byType;
    }
    for (RecipientChunks recipient : all) {
      String name = value(recipient.getRecipientDisplayNameChunk());
      if (name == null) {
        name = value(recipient.getRecipientNameChunk());
      }
      String address = value(recipient.getRecipientSMTPChunk());
      if (address == null) {
        String email = value(recipient.getRecipientEmailChunk());
        address = email != null && email.contains("@") ? email : null;
      }
      String person = person(name, address);
      if (person != null) {
        byType.computeIfAbsent(recipientType(recipient), type -> new ArrayList<>()).add(person);
      }
    }
    return byType;
  }

  private static int recipientType(RecipientChunks recipient) {
    try {
      List<PropertyValue> values = recipient.getProperties().get(MAPIProperty.RECIPIENT_TYPE);
      if (values != null && !values.isEmpty() && values.get(0).getValue() instanceof Number type) {
        return type.intValue();
      }
    } catch (RuntimeException e) {
      // no type: a To recipient
    }
    return 1;
  }

  private static String person(String name, String address) {
    if (name == null || name.equalsIgnoreCase(address)) {
      return address;
    }
    return address == null ? name : name + " <" + address + ">";
  }

  /**
   * The message date with the offset of the transport headers' Date when it is the same instant
   * (POI gives UTC).
   */
  private static OffsetDateTime sentAt(MAPIMessage message, String headerBlock) {
    Calendar calendar = optional(message::getMessageDate);
    OffsetDateTime fromHeaders = null;
    String date = headerField(headerBlock, "Date");
    if (date != null) {
      try {
        fromHeaders =
            OffsetDateTime.parse(
                date.replaceAll("\\s+\\(.*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME);
      } catch (DateTimeParseException e) {
        // keep POI's date
      }
    }
    if (calendar == null) {
      return fromHeaders;
    }
    OffsetDateTime sent =
        OffsetDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId());
    return fromHeaders != null && fromHeaders.toInstant().equals(sent.toInstant())
        ? fromHeaders
        : sent;
  }

  private static String body(MAPIMessage message) {
    String text = optional(message::getTextBody);
    if (text != null && !text.isBlank()) {
      return OfficeTextExtractor.normaliseLineBreaks(text).strip();
    }
    String html = htmlBody(message);
    if (html != null && !html.isBlank()) {
      return OfficeTextExtractor.htmlText(html);
    }
    String rtf = optional(message::getRtfBody);
    return rtf == null ? "" : rtfText(rtf);
  }

  /** The HTML body; a binary HTML chunk is decoded by its own meta charset (POI assumes one). */
  private static String htmlBody(MAPIMessage message) {
    ByteChunk binary = message.getMainChunks().getHtmlBodyChunkBinary();
    if (binary != null && binary.getValue() != null) {
      return OfficeTextExtractor.decodeHtml(binary.getValue(), null);
    }
    return optional(message::getHtmlBody);
  }

  private static List<EmailAttachment> attachments(MAPIMessage message) {
    List<EmailAttachment> attachments = new ArrayList<>();
    AttachmentChunks[] all = message.getAttachmentFiles();
    if (all == null) {
      return attachments;
    }
    for (AttachmentChunks attachment : all) {
      int number = attachments.size() + 1;
      String name =
          firstOf(
              value(attachment.getAttachLongFileName()),
              value(attachment.getAttachFileName()),
              value(attachment.getAttachDisplayName()));
      name = EmailExtractor.safeFileName(name);
      if (attachment.isEmbeddedMessage()) {
        byte[] embedded = embeddedMessage(attachment, message.getDirectory());
        if (embedded != null) {
          String embeddedName = name != null ? name : "forwarded-message-" + number + ".msg";
          attachments.add(
              new EmailAttachment(
                  embeddedName.toLowerCase(Locale.ROOT).endsWith(".msg")
                      ? embeddedName
                      : embeddedName + ".msg",
                  OUTLOOK,
                  embedded,
                  true));
        }
        continue;
      }
      byte[] data =
          attachment.getAttachData() == null ? null : attachment.getAttachData().getValue();
      if (data == null) {
        data = attachment.getEmbeddedAttachmentObject(); // an OLE object inserted in the body
      }
      if (data == null) {
        continue; // attached by reference (a link to a file share): there are no bytes to keep
      }
      String type = value(attachment.getAttachMimeTag());
      type =
          type == null || !type.contains("/")
              ? "application/octet-stream"
              : type.strip().toLowerCase(Locale.ROOT);
      attachments.add(
          new EmailAttachment(
              name != null ? name : "attachment-" + number + ".bin", type, data, false));
    }
    return attachments;
  }

  /**
   * An embedded message as a standalone .msg: its storage copied to the root of a new OLE2 file,
   * with the named-property mapping (kept only at the outer root) copied too and the property
   * stream's header grown from the 24 bytes of an embedded message to the 32 of a top-level one
   * (MS-OXMSG 2.4.1). Null, with the reason logged, when POI cannot give the storage.
   */
  static byte[] embeddedMessage(AttachmentChunks attachment, DirectoryNode outerRoot) {
    DirectoryChunk chunk = attachment.getAttachmentDirectory();
    if (chunk == null || chunk.getDirectory() == null) {
      return null;
    }
    try (POIFSFileSystem standalone = new POIFSFileSystem()) {
      DirectoryEntry root = standalone.getRoot();
      for (Entry entry : chunk.getDirectory()) {
        if (entry instanceof DocumentEntry document && entry.getName().equals(PROPERTIES)) {
          byte[] properties;
          try (InputStream in = new DocumentInputStream(document)) {
            properties = in.readAllBytes();
          }
          root.createDocument(PROPERTIES, new ByteArrayInputStream(topLevelProperties(properties)));
        } else {
          EntryUtils.copyNodeRecursively(entry, root);
        }
      }
      if (outerRoot != null
          && outerRoot.hasEntryCaseInsensitive(NAMED_PROPERTIES)
          && !root.hasEntryCaseInsensitive(NAMED_PROPERTIES)) {
        EntryUtils.copyNodeRecursively(outerRoot.getEntryCaseInsensitive(NAMED_PROPERTIES), root);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      standalone.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING, "An embedded Outlook message could not be copied out; it is left out", e);
      return null;
    }
  }

  private static byte[] topLevelProperties(byte[] embedded) {
    if (embedded.length < 24) {
      return embedded;
    }
    byte[] topLevel = new byte[embedded.length + 8];
    System.arraycopy(embedded, 0, topLevel, 0, 24);
    System.arraycopy(embedded, 24, topLevel, 32, embedded.length - 24);
    return topLevel;
  }

  /**
   * RTF to text, crudely: control words and groups that are not text (font tables, pictures,
   * {\*...} destinations, and in RTF made from HTML the \htmlrtf runs) are left out; \par, \line
   * and the HTML's block tags break lines; \'hh and \\uN give their characters.
   */
  static String rtfText(String rtf) {
    Charset codePage = OfficeTextExtractor.charsetOrNull("windows-1252");
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    int depth = 0;
    int skipBelow = Integer.MAX_VALUE; // depth at which a skipped group started
    boolean htmlRtf = false;
    int unicodeSkip = 1;
    int i = 0;
    while (i < rtf.length()) {
      char c = rtf.charAt(i);
      if (c == '{') {
        depth++;
        i++;
        if (depth < skipBelow && skippedGroup(rtf, i)) {
          skipBelow = depth;
          if (!htmlRtf
              && HTML_BREAK.matcher(rtf.substring(i, Math.min(rtf.length(), i + 40))).lookingAt()) {
            flush(pendingBytes, out, codePage);
            out.append('\n'); // RTF made from HTML keeps the HTML's line breaks only as tags
          }
        }
        continue;
      }
      if (c == '}') {
        if (depth == skipBelow) {
          skipBelow = Integer.MAX_VALUE;
        }
        depth--;
        i++;
        continue;
      }
      boolean skipping = depth >= skipBelow;
      if (c == '\\' && i + 1 < rtf.length()) {
        char next = rtf.charAt(i + 1);
        if (next == '\'' && i + 3 < rtf.length()) {
          if (!skipping && !htmlRtf) {
            try {
              pendingBytes.write(Integer.parseInt(rtf.substring(i + 2, i + 4), 16));
            } catch (NumberFormatException e) {
              // a broken escape: nothing to write
            }
          }
          i += 4;
          continue;
        }
        flush(pendingBytes, out, codePage);
        if (!Character.isLetter(next)) {
          if (!skipping && !htmlRtf && (next == '\\' || next == '{' || next == '}')) {
            out.append(next);
          } else if (!skipping && !htmlRtf && next == '~') {
            out.append(' ');
          }
          i += 2;
          continue;
        }
        int start = i + 1;
        int end = start;
        while (end < rtf.length() && Character.isLetter(rtf.charAt(end))) {
          end++;
        }
        String word = rtf.substring(start, end);
        int paramStart = end;
        if (end < rtf.length() && (rtf.charAt(end) == '-' || Character.isDigit(rtf.charAt(end)))) {
          end++;
          while (end < rtf.length() && Character.isDigit(rtf.charAt(end))) {
            end++;
          }
        }
        String parameter = rtf.substring(paramStart, end);
        if (end < rtf.length() && rtf.charAt(end) == ' ') {
          end++;
        }
        i = end;
        switch (word) {
          case "htmlrtf" -> htmlRtf = !parameter.equals("0");
          case "ansicpg" -> {
            Charset declared = OfficeTextExtractor.charsetOrNull("windows-" + parameter);
            codePage = declared != null ? declared : codePage;
          }
          case "uc" -> unicodeSkip = parameter.isEmpty() ? 1 : Integer.parseInt(parameter);
          case "u" -> {
            if (!skipping && !htmlRtf && !parameter.isEmpty()) {
              int code = Integer.parseInt(parameter);
              out.append((char) (code < 0 ? code + 65536 : code));
            }
            i = skipFallback(rtf, i, unicodeSkip);
          }
          case "par", "line", "row" -> {
            if (!skipping && !htmlRtf) {
              out.append('\n');
            }
          }
          case "tab", "cell" -> {
            if (!skipping && !htmlRtf) {
              out.append('\t');
            }
          }
          default -> {
            // formatting: no text
          }
        }
        continue;
      }
      if (c != '\r' && c != '\n' && !skipping && !htmlRtf) {
        flush(pendingBytes, out, codePage);
        out.append(c);
      }
      i++;
    }
    flush(pendingBytes, out, codePage);
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static boolean skippedGroup(String rtf, int afterBrace) {
    String head = rtf.substring(afterBrace, Math.min(rtf.length(), afterBrace + 16));
    return head.startsWith("\\*")
        || head.matches(
            "(?s)\\\\(fonttbl|colortbl|stylesheet|info|pict|listtable|listoverridetable|rsidtbl|xmlnstbl|generator|header|footer|object)\\b.*");
  }

  private static int skipFallback(String rtf, int i, int count) {
    for (int n = 0; n < count && i < rtf.length(); n++) {
      if (rtf.startsWith("\\'", i)) {
        i += 4;
      } else if (rtf.charAt(i) == '\\' || rtf.charAt(i) == '{' || rtf.charAt(i) == '}') {
        break;
      } else {
        i++;
      }
    }
    return i;
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out, Charset codePage) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), codePage));
      bytes.reset();
    }
  }

  private static String headerField(String headerBlock, String name) {
    if (headerBlock == null) {
      return null;
    }
    String unfolded = headerBlock.replaceAll("\\r?\\n[ \\t]+", " ");
    for (String line : unfolded.split("\\r?\\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        String value = line.substring(name.length() + 1).strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  private static String stringChunk(MAPIMessage message, int propertyId) {
    for (Chunk chunk : message.getMainChunks().getChunks()) {
      if (chunk.getChunkId() == propertyId && chunk instanceof StringChunk string) {
        String value = value(string);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static String value(StringChunk chunk) {
    if (chunk == null) {
      return null;
    }
    String value = chunk.getValue();
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /**
   * A property that may be missing: null then (POI throws ChunkNotFoundException or returns null).
   */
  private static <T> T optional(Callable<T> read) {
    try {
      T value = read.call();
      return value instanceof String text && text.isBlank() ? null : value;
    } catch (ChunkNotFoundException e) {
      return null;
    } catch (Exception e) {
      LOG.log(Level.FINE, "An Outlook property could not be read; it is left out", e);
      return null;
    }
  }
}
