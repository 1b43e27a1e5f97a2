package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.pincite.domain.document.EmailHeaders;

/**
 * An email's header block and its plain-text body, with mime4j in permissive mode (it reads real
 * mail, Korean charsets and raw UTF-8 headers included, where stricter parsers give up).
 */
@ApplicationScoped
public class EmailExtractor {

  public ExtractionOutcome extract(byte[] emlBytes) {
    try {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
      builder.setDecodeMonitor(DecodeMonitor.SILENT);
      Message message = builder.parseMessage(new ByteArrayInputStream(emlBytes));
      EmailHeaders headers =
          new EmailHeaders(
              mailboxes(message.getFrom()),
              addresses(message.getTo()),
              addresses(message.getCc()),
              sentAt(message),
              message.getSubject(),
              message.getMessageId());
      String body = plainText(message).orElse("");
      String sender = message.getFrom() == null || message.getFrom().isEmpty() ? null : display(message.getFrom().get(0));
      return new ExtractionOutcome.Extracted(
          List.of(body), List.of(), message.getSubject(), sender, headers.getSentAt() == null ? null : headers.getSentAt().toLocalDate(), headers);
    } catch (IOException | RuntimeException e) {
      return new ExtractionOutcome.Failed("The email could not be read: " + e.getMessage());
    }
  }

  private static Optional<String> plainText(Entity entity) throws IOException {
    if (entity.getBody() instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        Optional<String> text = plainText(part);
        if (text.isPresent()) {
          return text;
        }
      }
      return Optional.empty();
    }
    if (entity.getBody() instanceof TextBody textBody && "text/plain".equalsIgnoreCase(entity.getMimeType())
        && !"attachment".equalsIgnoreCase(entity.getDispositionType())) {
      try (Reader reader = textBody.getReader()) {
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        return Optional.of(out.toString().replace("\r\n", "\n"));
      }
    }
    return Optional.empty();
  }

  private static OffsetDateTime sentAt(Message message) {
    Field date = message.getHeader() == null ? null : message.getHeader().getField("Date");
    if (date != null) {
      try {
        return OffsetDateTime.parse(date.getBody().strip().replaceAll("\\s+\\(.*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME);
      } catch (DateTimeParseException e) {
        // fall through to mime4j's lenient reading, which keeps the instant but not the offset
      }
    }
    return message.getDate() == null ? null : message.getDate().toInstant().atOffset(ZoneOffset.UTC);
  }

  private static String mailboxes(MailboxList list) {
    return list == null || list.isEmpty() ? null : list.stream().map(EmailExtractor::display).collect(Collectors.joining(", "));
  }

  private static String addresses(AddressList list) {
    if (list == null || list.isEmpty()) {
      return null;
    }
    return list.stream().map(EmailExtractor::display).collect(Collectors.joining(", "));
  }

  private static String display(Address address) {
    if (address instanceof Group group) {
      return group.getName() + ": " + mailboxes(group.getMailboxes()) + ";";
    }
    Mailbox mailbox = (Mailbox) address;
    return mailbox.getName() == null || mailbox.getName().isBlank()
        ? mailbox.getAddress()
        : mailbox.getName() + " <" + mailbox.getAddress() + ">";
  }
}
