package org.pincite.service.ingest.mail;

import static org.pincite.service.ingest.mail.MsgProperties.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.pincite.service.ingest.FileNames;
import org.pincite.service.ingest.MediaTypeDetector;

/**
 * The files an Outlook message carried, in order: attached files, OLE objects inserted in the body,
 * and embedded messages as standalone .msg files ({@link EmbeddedMsg}). Attachments by reference (a
 * link to a file share) have no bytes and are left out.
 */
final class MsgAttachments {
  private MsgAttachments() {}

  static List<EmailAttachment> of(MAPIMessage message) {
    List<EmailAttachment> attachments = new ArrayList<>();
    AttachmentChunks[] all = message.getAttachmentFiles();
    if (all == null) {
      return attachments;
    }
    for (AttachmentChunks attachment : all) {
      int number = attachments.size() + 1;
      String name =
          FileNames.leafName(
              MsgProperties.firstOf(
                  value(attachment.getAttachLongFileName()),
                  value(attachment.getAttachFileName()),
                  value(attachment.getAttachDisplayName())));
      if (attachment.isEmbeddedMessage()) {
        byte[] embedded = EmbeddedMsg.standalone(attachment, message.getDirectory());
        if (embedded != null) {
          String embeddedName = name != null ? name : "forwarded-message-" + number + ".msg";
          attachments.add(
              new EmailAttachment(
                  embeddedName.toLowerCase(Locale.ROOT).endsWith(".msg")
                      ? embeddedName
                      : embeddedName + ".msg",
                  MediaTypeDetector.OUTLOOK_MSG,
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
        continue;
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
}
