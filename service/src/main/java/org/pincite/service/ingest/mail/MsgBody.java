package org.pincite.service.ingest.mail;

import static org.pincite.service.ingest.mail.MsgProperties.optional;

import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.pincite.service.ingest.HtmlText;
import org.pincite.service.ingest.TextDecoding;

/**
 * An Outlook message's body text: the plain-text body, else the HTML body as text, else the RTF
 * body (decompressed by POI) crudely stripped ({@link RtfText}); empty when it has none.
 */
final class MsgBody {
  private MsgBody() {}

  static String of(MAPIMessage message) {
    String text = optional(message::getTextBody);
    if (text != null && !text.isBlank()) {
      return TextDecoding.normaliseLineBreaks(text).strip();
    }
    String html = htmlBody(message);
    if (html != null && !html.isBlank()) {
      return HtmlText.of(html);
    }
    String rtf = optional(message::getRtfBody);
    return rtf == null ? "" : RtfText.of(rtf);
  }

  /** The HTML body; a binary HTML chunk is decoded by its own meta charset (POI assumes one). */
  private static String htmlBody(MAPIMessage message) {
    ByteChunk binary = message.getMainChunks().getHtmlBodyChunkBinary();
    if (binary != null && binary.getValue() != null) {
      return TextDecoding.decodeHtml(binary.getValue(), null);
    }
    return optional(message::getHtmlBody);
  }
}
