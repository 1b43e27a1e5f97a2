package org.pincite.service.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageWriter;

/**
 * One pass over a message's part tree, gathering body text and attachments in message order. Of
 * each multipart/alternative only the version shown is body text; inline text parts of a
 * multipart/mixed follow each other. Every other part is an attachment, forwarded messages
 * (message/rfc822) kept whole as the bytes sent.
 */
final class MimeWalk {
  private final List<byte[]> forwardedBytes;
  private int forwardedSeen;
  private final List<String> texts = new ArrayList<>();
  private final List<EmailAttachment> attachments = new ArrayList<>();

  /** {@code forwardedBytes}: the message/rfc822 parts as sent ({@link ForwardedMessages}). */
  MimeWalk(List<byte[]> forwardedBytes) {
    this.forwardedBytes = forwardedBytes;
  }

  /** The body: the text parts shown, an empty line between them. */
  String body() {
    return String.join("\n\n", texts);
  }

  List<EmailAttachment> attachments() {
    return attachments;
  }

  /** {@code wanted}: false inside an alternative that is not the one shown (its text is a copy). */
  void entity(Entity entity, boolean wanted, int depth) throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      if (depth >= MimeParts.MAX_DEPTH) {
        return;
      }
      List<Entity> parts = multipart.getBodyParts();
      int shown =
          "alternative".equalsIgnoreCase(multipart.getSubType())
              ? MimeParts.shownAlternative(parts)
              : -1;
      for (int i = 0; i < parts.size(); i++) {
        entity(parts.get(i), wanted && (shown < 0 || shown == i), depth + 1);
      }
    } else if (body instanceof Message inner) {
      forwarded(entity, inner);
    } else if (body instanceof SingleBody single) {
      single(entity, single, wanted);
    }
  }

  private void single(Entity entity, SingleBody single, boolean wanted) throws IOException {
    String type = MimeParts.mediaType(entity);
    if (MimeParts.isBodyText(entity, type)
        || !wanted && MimeParts.isAlternativeText(entity, type)) {
      if (wanted) {
        String text = MimeBodyText.of(entity, single, type);
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
    } else if (type.equals("message/rfc822") || type.equals("message/global")) {
      attachments.add(
          new EmailAttachment(
              fileName(entity, "forwarded-message-", ".eml"),
              type,
              MimeParts.bytes(entity, single),
              true));
    } else {
      attachments.add(
          new EmailAttachment(
              fileName(entity, "attachment-", MimeParts.extension(type)),
              type,
              MimeParts.bytes(entity, single),
              false));
    }
  }

  private void forwarded(Entity entity, Message inner) throws IOException {
    byte[] raw;
    if (forwardedSeen < forwardedBytes.size()) {
      raw = forwardedBytes.get(forwardedSeen);
    } else {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DefaultMessageWriter().writeMessage(inner, out);
      raw = out.toByteArray();
    }
    forwardedSeen++;
    attachments.add(
        new EmailAttachment(
            fileName(entity, "forwarded-message-", ".eml"), "message/rfc822", raw, true));
  }

  /** The part's own name, else the uuencoded data's, else a made-up one numbered in order. */
  private String fileName(Entity entity, String prefix, String extension) {
    String name = HeaderParameters.fileName(entity.getHeader());
    if (name == null && MimeParts.isUuencoded(entity) && entity.getBody() instanceof SingleBody s) {
      try (InputStream in = s.getInputStream()) {
        name = Uudecode.fileName(in.readAllBytes());
      } catch (IOException e) {
        name = null;
      }
    }
    return name != null ? name : prefix + (attachments.size() + 1) + extension;
  }
}
