package org.pincite.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * The header block of an email document, as the message carried it. Mail is what it is: a header
 * longer than its column (a To line of 300 recipients) is cut to fit, the cut marked with "…",
 * rather than refused, so that an email is never lost over its headers.
 */
@Embeddable
public class EmailHeaders {
  /** The longest From, Subject and Message-ID kept (the columns' length, migration V1). */
  public static final int MAX_LINE = 1000;

  /** The longest To and Cc kept (the columns' length, migration V1). */
  public static final int MAX_RECIPIENTS = 4000;

  @Column(name = "email_from", length = MAX_LINE)
  private String from;

  @Column(name = "email_to", length = MAX_RECIPIENTS)
  private String to;

  @Column(name = "email_cc", length = MAX_RECIPIENTS)
  private String cc;

  @Column(name = "email_sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "email_subject", length = MAX_LINE)
  private String subject;

  @Column(name = "email_message_id", length = MAX_LINE)
  private String messageId;

  protected EmailHeaders() {}

  /** The headers, each stripped, null when blank, and cut to fit its column. */
  public EmailHeaders(
      String from, String to, String cc, OffsetDateTime sentAt, String subject, String messageId) {
    this.from = fit(from, MAX_LINE);
    this.to = fit(to, MAX_RECIPIENTS);
    this.cc = fit(cc, MAX_RECIPIENTS);
    this.sentAt = sentAt;
    this.subject = fit(subject, MAX_LINE);
    this.messageId = fit(messageId, MAX_LINE);
  }

  /**
   * The value cut to {@code max} characters (marking the cut, never splitting a surrogate pair).
   */
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
