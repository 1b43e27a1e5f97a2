/**
 * The mail room: email read into the same shape whatever its format, headers ({@link
 * org.pincite.domain.document.EmailHeaders}, which cuts each to its column), body text as the email
 * document's one page, and the files it carried as {@link
 * org.pincite.service.ingest.mail.EmailAttachment}s that become documents of its family.
 *
 * <p><b>Formats</b>, each a {@link org.pincite.service.ingest.TextExtractor}: MIME email .eml
 * ({@link org.pincite.service.ingest.mail.EmailExtractor}, mime4j in permissive mode), Unix mbox
 * ({@link org.pincite.service.ingest.mail.MailboxExtractor}: each message a message-N.eml of the
 * family) and Outlook .msg ({@link org.pincite.service.ingest.mail.OutlookMsgExtractor}, POI HSMF).
 *
 * <p><b>MIME, one job a class:</b> {@code MimeWalk} walks the part tree (the alternative shown, the
 * inline texts, everything else an attachment), {@code MimeParts} says what a part is to a reader,
 * {@code MimeBodyText} decodes a body part (charset supersets such as CP949 for EUC-KR), {@code
 * ForwardedMessages} keeps forwarded messages as the bytes sent, {@code HeaderParameters} decodes
 * file names (RFC 2231 sections and charsets, RFC 2047 encoded words through mime4j's DecoderUtil,
 * raw 8-bit), {@code Uudecode} decodes x-uuencode parts, {@code MimeHeaderReader} reads the header
 * block and {@code MailDates} the Date. <b>Outlook:</b> {@code MsgProperties} reads MAPI properties
 * that may be missing, {@code MsgHeaderReader} the headers, {@code MsgBody} the body (text, else
 * HTML, else RTF through {@code RtfText}), {@code MsgAttachments} the files, {@code EmbeddedMsg}
 * copies an attached message out as a standalone .msg.
 *
 * <p><b>What throws.</b> {@code parse(byte[])} throws the checked {@link
 * org.pincite.service.ingest.mail.UnreadableEmailException} when the bytes are not a message of its
 * format at all (empty, the other format, no header field, the parser gave up); as extractors they
 * never throw for bad content but answer Failed with that reason. Damaged parts are kept as far as
 * they read: a missing property or unreadable Date is simply absent, an embedded message that
 * cannot be copied out is left out (and logged).
 */
package org.pincite.service.ingest.mail;
