package org.pincite.service.ingest.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.MediaTypeDetector;

/**
 * MIME emails (.eml): the header block, the body text and the files the message carried, with
 * mime4j in permissive mode (it reads real mail, Korean charsets and raw UTF-8 headers included,
 * where stricter parsers give up). The body is what a reader sees ({@link MimeWalk}); every other
 * part is an attachment, forwarded messages kept whole as the inner message's bytes.
 */
@ApplicationScoped
public class EmailExtractor extends MailReader {

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.EMAIL);
  }

  /**
   * The email's headers and body text, and its attachments and forwarded messages in message order.
   *
   * @throws UnreadableEmailException when the bytes are empty, are an Outlook .msg file, carry no
   *     header field at all, or mime4j gives up on them; its message is the reason to show
   */
  @Override
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
      MimeWalk walk = new MimeWalk(ForwardedMessages.of(eml));
      walk.entity(message, true, 0);
      EmailHeaders headers = MimeHeaderReader.read(message);
      return new ParsedEmail(
          new ExtractionOutcome.Extracted(
              List.of(walk.body()),
              List.of(),
              headers.getSubject(),
              headers.getFrom(),
              headers.getSentAt() == null ? null : headers.getSentAt().toLocalDate(),
              headers),
          walk.attachments());
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
}
