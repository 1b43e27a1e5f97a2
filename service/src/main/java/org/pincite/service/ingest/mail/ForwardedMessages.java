package org.pincite.service.ingest.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * The bytes of every message/rfc822 part, as they were sent. mime4j's message tree has only the
 * parsed inner message, so a second pass that does not descend into those parts gives them whole.
 */
final class ForwardedMessages {
  private ForwardedMessages() {}

  /** In message order; fewer (or none) when the stream gives up early. */
  static List<byte[]> of(byte[] eml) {
    List<byte[]> forwarded = new ArrayList<>();
    try {
      MimeTokenStream stream =
          new MimeTokenStream(MimeConfig.PERMISSIVE, DecodeMonitor.SILENT, null);
      stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
      stream.parse(new ByteArrayInputStream(eml));
      for (EntityState state = stream.getState();
          state != EntityState.T_END_OF_STREAM;
          state = stream.next()) {
        if (state == EntityState.T_BODY
            && "message/rfc822".equalsIgnoreCase(stream.getBodyDescriptor().getMimeType())) {
          try (InputStream body = stream.getDecodedInputStream()) {
            forwarded.add(body.readAllBytes());
          }
        }
      }
    } catch (IOException | MimeException | RuntimeException e) {
      // The walk then writes the inner messages out from mime4j's tree instead.
    }
    return forwarded;
  }
}
