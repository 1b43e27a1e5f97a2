package org.pincite.service.ingest.mail;

import static org.pincite.service.ingest.mail.MsgProperties.headerField;
import static org.pincite.service.ingest.mail.MsgProperties.optional;
import static org.pincite.service.ingest.mail.MsgProperties.value;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.pincite.domain.document.EmailHeaders;

/**
 * An Outlook message's headers from its MAPI properties, with the transport headers (the MIME
 * header block it came with, when kept) where a property is missing. People read as "Name
 * <address>" from whichever of the two exist; Exchange X.500 addresses are not addresses.
 */
final class MsgHeaderReader {
  /** PidTagSenderSmtpAddress and PidTagSentRepresentingSmtpAddress: POI has no accessor. */
  private static final int SENDER_SMTP_ADDRESS = 0x5D01;

  private static final int SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02;

  private MsgHeaderReader() {}

  static EmailHeaders read(MAPIMessage message) {
    String[] transportHeaders = optional(message::getHeaders);
    String headerBlock = transportHeaders == null ? null : String.join("\r\n", transportHeaders);
    String subject = optional(message::getSubject);
    String from = from(message, headerBlock);
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
    return new EmailHeaders(from, to, cc, sentAt, subject, messageId);
  }

  private static String from(MAPIMessage message, String headerBlock) {
    String name = optional(message::getDisplayFrom);
    String address = MsgProperties.stringChunk(message, SENDER_SMTP_ADDRESS);
    if (address == null) {
      address = MsgProperties.stringChunk(message, SENT_REPRESENTING_SMTP_ADDRESS);
    }
    if (address == null) {
      String emailFrom = optional(() -> value(message.getMainChunks().getEmailFromChunk()));
      address = emailFrom != null && emailFrom.contains("@") ? emailFrom : null;
    }
    if (name == null && address == null) {
      return headerField(headerBlock, "From");
    }
    return person(name, address);
  }

  /** Recipients by MAPI recipient type (1 To, 2 Cc, 3 Bcc); empty when POI finds none. */
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
    OffsetDateTime fromHeaders = MailDates.parse(headerField(headerBlock, "Date"));
    if (calendar == null) {
      return fromHeaders;
    }
    OffsetDateTime sent =
        OffsetDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId());
    return fromHeaders != null && fromHeaders.toInstant().equals(sent.toInstant())
        ? fromHeaders
        : sent;
  }
}
