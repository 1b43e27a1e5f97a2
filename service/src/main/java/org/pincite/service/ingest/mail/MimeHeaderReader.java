package org.pincite.service.ingest.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.stream.Field;
import org.pincite.domain.document.EmailHeaders;

/**
 * A MIME message's header block as Pincite keeps it: mime4j's reading of the addresses and subject,
 * unless it lost characters (raw 8-bit Latin-1 read as UTF-8) or could not parse them (raw UTF-8,
 * stray characters): then the header's own bytes decoded as text. The Date keeps its own offset.
 */
final class MimeHeaderReader {
  private MimeHeaderReader() {}

  static EmailHeaders read(Message message) {
    return new EmailHeaders(
        addresses(message.getFrom(), message, "From"),
        addresses(message.getTo(), message, "To"),
        addresses(message.getCc(), message, "Cc"),
        sentAt(message),
        readable(message.getSubject(), message, "Subject"),
        message.getMessageId());
  }

  private static OffsetDateTime sentAt(Message message) {
    Field date = message.getHeader() == null ? null : message.getHeader().getField("Date");
    OffsetDateTime own = date == null ? null : MailDates.parse(date.getBody());
    if (own != null) {
      return own;
    }
    try {
      // mime4j's lenient reading keeps the instant but not the offset
      return message.getDate() == null
          ? null
          : message.getDate().toInstant().atOffset(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null; // an unreadable Date header is no date, not an unreadable email
    }
  }

  private static String addresses(
      java.util.List<? extends Address> list, Message message, String field) {
    if (list == null || list.isEmpty()) {
      return unstructured(message, field);
    }
    return readable(
        list.stream().map(MimeHeaderReader::display).collect(Collectors.joining(", ")),
        message,
        field);
  }

  /** mime4j's reading of a header, or its raw bytes when those lost fewer characters. */
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

  /** A header mime4j could not parse as addresses, decoded as text. */
  private static String unstructured(Message message, String name) {
    Field field = message.getHeader() == null ? null : message.getHeader().getField(name);
    if (field == null) {
      return null;
    }
    String value =
        DecoderUtil.decodeEncodedWords(
            HeaderParameters.rawValue(field).strip(), DecodeMonitor.SILENT);
    return value.isBlank() ? null : value.replaceAll("\\s+", " ");
  }

  private static String display(Address address) {
    if (address instanceof Group group) {
      String members =
          group.getMailboxes() == null
              ? ""
              : group.getMailboxes().stream()
                  .map(MimeHeaderReader::display)
                  .collect(Collectors.joining(", "));
      return group.getName() + ": " + members + ";";
    }
    Mailbox mailbox = (Mailbox) address;
    return mailbox.getName() == null || mailbox.getName().isBlank()
        ? mailbox.getAddress()
        : mailbox.getName() + " <" + mailbox.getAddress() + ">";
  }
}
