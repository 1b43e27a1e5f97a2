package org.pincite.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import org.pincite.domain.shared.Require;

/** The header block of an email document, as the message carried it. */
@Embeddable
public class EmailHeaders {
  @Column(name = "email_from", length = 1000)
  private String from;

  @Column(name = "email_to", length = 4000)
  private String to;

  @Column(name = "email_cc", length = 4000)
  private String cc;

  @Column(name = "email_sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "email_subject", length = 1000)
  private String subject;

  @Column(name = "email_message_id", length = 1000)
  private String messageId;

  protected EmailHeaders() {}

  public EmailHeaders(
      String from, String to, String cc, OffsetDateTime sentAt, String subject, String messageId) {
    this.from = Require.optionalText(from, "From", 1000);
    this.to = Require.optionalText(to, "To", 4000);
    this.cc = Require.optionalText(cc, "Cc", 4000);
    this.sentAt = sentAt;
    this.subject = Require.optionalText(subject, "Subject", 1000);
    this.messageId = Require.optionalText(messageId, "Message-ID", 1000);
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }

  public String getCc() {
    return cc;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getMessageId() {
    return messageId;
  }
}
