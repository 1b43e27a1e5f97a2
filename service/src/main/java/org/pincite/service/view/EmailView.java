package org.pincite.service.view;

import java.time.OffsetDateTime;
import org.pincite.domain.document.EmailHeaders;

public record EmailView(
    String from, String to, String cc, OffsetDateTime sentAt, String subject, String messageId)
    implements java.io.Serializable {
  public static EmailView of(EmailHeaders h) {
    return new EmailView(
        h.getFrom(), h.getTo(), h.getCc(), h.getSentAt(), h.getSubject(), h.getMessageId());
  }
}
