package org.pincite.service.ingest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What one MIME part is to a reader: body text, another copy of it, or a file; and which version of
 * a multipart/alternative a reader is shown.
 */
final class MimeParts {
  /** Parts nested deeper than this many multiparts (only crafted mail does that) are left out. */
  static final int MAX_DEPTH = 50;

  private static final List<String> BODY_TYPES =
      List.of("text/plain", "text/html", "text/enriched");

  private MimeParts() {}

  /** The part's media type, lower case, without parameters; application/octet-stream if none. */
  static String mediaType(Entity entity) {
    String type = entity.getMimeType();
    return type == null ? "application/octet-stream" : type.strip().toLowerCase(Locale.ROOT);
  }

  /** Text a reader sees as the message: plain, HTML or enriched, inline and not named as a file. */
  static boolean isBodyText(Entity entity, String type) {
    return BODY_TYPES.contains(type)
        && !"attachment".equalsIgnoreCase(entity.getDispositionType())
        && HeaderParameters.fileName(entity.getHeader()) == null
        && !isUuencoded(entity);
  }

  /**
   * Text in an alternative not shown (text/watch-html and the like): another copy of the body, not
   * a file.
   */
  static boolean isAlternativeText(Entity entity, String type) {
    return type.startsWith("text/")
        && !"attachment".equalsIgnoreCase(entity.getDispositionType())
        && HeaderParameters.fileName(entity.getHeader()) == null;
  }

  static boolean isUuencoded(Entity entity) {
    String encoding = entity.getContentTransferEncoding();
    return encoding != null
        && List.of("x-uuencode", "uuencode", "x-uue")
            .contains(encoding.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Of a multipart/alternative's parts, the one a reader is shown: plain text first, else HTML,
   * else the last (blank versions do not count).
   */
  static int shownAlternative(List<Entity> parts) {
    for (String wanted : BODY_TYPES) {
      for (int i = 0; i < parts.size(); i++) {
        if (holds(parts.get(i), wanted, 0)) {
          return i;
        }
      }
    }
    return parts.size() - 1;
  }

  /** Whether the part is, or contains, body text of that type that is not blank. */
  private static boolean holds(Entity entity, String type, int depth) {
    if (entity.getBody() instanceof Multipart multipart) {
      return depth < MAX_DEPTH
          && multipart.getBodyParts().stream().anyMatch(part -> holds(part, type, depth + 1));
    }
    if (entity.getBody() instanceof SingleBody single
        && mediaType(entity).equals(type)
        && isBodyText(entity, type)) {
      try (InputStream in = single.getInputStream()) {
        for (byte b : in.readAllBytes()) {
          if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
            return true;
          }
        }
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /** The extension of a made-up file name for a part of this type (".bin" when none is known). */
  static String extension(String mediaType) {
    if (mediaType.startsWith("text/") || mediaType.startsWith("message/")) {
      return mediaType.equals("text/html") ? ".html" : ".txt";
    }
    try {
      String extension = MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtension();
      return extension.isEmpty() ? ".bin" : extension;
    } catch (MimeTypeException e) {
      return ".bin";
    }
  }

  /** The part's decoded bytes (uuencoded ones decoded too). */
  static byte[] bytes(Entity entity, SingleBody body) throws IOException {
    byte[] bytes;
    try (InputStream in = body.getInputStream()) {
      bytes = in.readAllBytes();
    }
    return isUuencoded(entity) ? Uudecode.decode(bytes) : bytes;
  }
}
