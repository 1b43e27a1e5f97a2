package org.pincite.service.ingest.mail;

import java.util.Objects;
import org.pincite.service.ingest.MediaTypeDetector;

/**
 * A file an email carried, kept so that it can be ingested as a document of its own (a PDF attached
 * to a message is often the exhibit that matters).
 *
 * @param fileName the decoded file name (RFC 2047, RFC 2231 or raw 8-bit names), or a made-up one
 *     such as "attachment-2.pdf" or "forwarded-message-1.eml" when the part has none
 * @param mediaType the media type the message declared, lower case, without parameters (the content
 *     may disagree: judge it with {@link MediaTypeDetector})
 * @param content the decoded bytes (not copied: do not change them); for a forwarded message the
 *     inner message itself: the bytes as sent for a message/rfc822 part (read it again with {@link
 *     EmailExtractor#parse(byte[])}), a standalone .msg file for an Outlook embedded message (with
 *     {@link OutlookMsgExtractor#parse(byte[])})
 * @param forwardedMessage true for a message/rfc822 part or an Outlook embedded message
 */
public record EmailAttachment(
    String fileName, String mediaType, byte[] content, boolean forwardedMessage) {
  public EmailAttachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public String toString() {
    return "EmailAttachment["
        + fileName
        + ", "
        + mediaType
        + ", "
        + content.length
        + " bytes"
        + (forwardedMessage ? ", forwarded" : "")
        + "]";
  }
}
