package org.pincite.service.ingest.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.MediaTypeDetector;

/**
 * Outlook .msg files (an OLE2 container of MAPI properties, not MIME), read with POI HSMF into the
 * same shape as a MIME email: headers ({@link MsgHeaderReader}), body text ({@link MsgBody}) and
 * attachments ({@link MsgAttachments}). Custodians export mail from Outlook this way, often under a
 * .eml name.
 */
@ApplicationScoped
public class OutlookMsgExtractor extends MailReader {
  private static final Logger LOG = Logger.getLogger(OutlookMsgExtractor.class.getName());

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.OUTLOOK_MSG);
  }

  /**
   * The .msg file's headers, body and attachments.
   *
   * @throws UnreadableEmailException when the bytes are not an OLE2 file, or are one but hold no
   *     Outlook message, or POI cannot read them
   */
  @Override
  public ParsedEmail parse(byte[] msg) throws UnreadableEmailException {
    if (msg == null || msg.length == 0) {
      throw new UnreadableEmailException("The Outlook message is empty (0 bytes)");
    }
    if (FileMagic.valueOf(msg) != FileMagic.OLE2) {
      throw new UnreadableEmailException("The file is not an Outlook .msg file (no OLE2 header)");
    }
    try (MAPIMessage message = new MAPIMessage(new ByteArrayInputStream(msg))) {
      if (!MsgProperties.isOutlookMessage(message.getDirectory())) {
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
      EmailHeaders headers = MsgHeaderReader.read(message);
      ExtractionOutcome.Extracted text =
          new ExtractionOutcome.Extracted(
              List.of(MsgBody.of(message)),
              List.of(),
              headers.getSubject(),
              headers.getFrom(),
              headers.getSentAt() == null ? null : headers.getSentAt().toLocalDate(),
              headers);
      return new ParsedEmail(text, MsgAttachments.of(message));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableEmailException(
          "The Outlook message could not be read: " + e.getMessage(), e);
    }
  }
}
