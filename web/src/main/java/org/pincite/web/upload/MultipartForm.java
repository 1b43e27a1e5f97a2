package org.pincite.web.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.pincite.service.ingest.mail.HeaderParameters;

/**
 * A {@code multipart/form-data} body read whole or not at all (RFC 7578): every byte its {@code
 * Content-Length} declares and not one more, every part closed by its boundary and the body by the
 * closing boundary, else {@link MalformedUploadException} and nothing to store. mime4j reads the
 * parts in strict mode (a body part that ends before its boundary is refused); part headers are
 * read from their bytes, UTF-8 as browsers send them (else windows-1252), and file names keep every
 * character they had, apostrophes included, {@code filename*=UTF-8''…} (RFC 5987) preferred.
 */
public final class MultipartForm {
  /** One part: its name, its file name (null for a plain field) and its bytes as sent. */
  public record Part(String name, String fileName, String contentType, byte[] content) {
    /** The part's bytes as UTF-8 text. */
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private static final MimeConfig STRICT =
      new MimeConfig.Builder()
          .setStrictParsing(true)
          .setMaxHeaderCount(64)
          .setMaxHeaderLen(64 * 1024)
          .setMaxLineLen(64 * 1024)
          .setMaxContentLen(-1)
          .build();

  /** Room for the multipart envelope around the file and the form's other fields. */
  public static final long ENVELOPE = 1024 * 1024;

  private final List<Part> parts;

  private MultipartForm(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * Reads the body {@code in} of the media type {@code contentType}, which declares {@code
   * declaredLength} bytes (-1: none, chunked), for files of at most {@code maxFileBytes}.
   *
   * @throws MalformedUploadException when the body is not a whole multipart/form-data body
   * @throws UploadTooLargeException when the body goes over the file limit and its {@link
   *     #ENVELOPE}
   */
  public static MultipartForm read(
      InputStream in, String contentType, long declaredLength, long maxFileBytes) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
        || HeaderParameters.parameter(contentType, "boundary") == null) {
      throw new MalformedUploadException(
          "Send the upload as multipart/form-data with a boundary parameter");
    }
    Counted body = new Counted(in, maxFileBytes);
    List<Part> parts = new ArrayList<>();
    try {
      MimeTokenStream stream = new MimeTokenStream(STRICT);
      stream.parseHeadless(body, contentType);
      String name = null;
      String fileName = null;
      String partType = null;
      for (EntityState state = stream.next();
          state != EntityState.T_END_OF_STREAM;
          state = stream.next()) {
        switch (state) {
          case T_START_BODYPART -> {
            name = null;
            fileName = null;
            partType = null;
          }
          case T_FIELD -> {
            Field field = stream.getField();
            if ("content-disposition".equalsIgnoreCase(field.getName())) {
              String disposition = HeaderParameters.rawValue(field);
              name = HeaderParameters.parameter(disposition, "name");
              // As sent, slashes included: the ingest makes any name safe to store and show.
              fileName = HeaderParameters.parameter(disposition, "filename");
            } else if ("content-type".equalsIgnoreCase(field.getName())) {
              partType = HeaderParameters.rawValue(field).strip();
            }
          }
          case T_BODY -> {
            if (name == null) {
              throw new MalformedUploadException(
                  "A part of the upload has no Content-Disposition with a name");
            }
            parts.add(new Part(name, fileName, partType, stream.getInputStream().readAllBytes()));
          }
          default -> {
            // preamble, epilogue, the multipart's own start and end
          }
        }
      }
      // Whatever follows the closing boundary still counts against the declared length.
      body.transferTo(OutputStream.nullOutputStream());
    } catch (UploadTooLargeException e) {
      throw e;
    } catch (MimeException | MimeIOException e) {
      // Strict mode: the stream ended inside a part (no closing boundary) or a header is broken.
      throw new MalformedUploadException(
          "The upload is not a whole multipart body ("
              + e.getMessage()
              + "): it ends before its closing boundary or a part is malformed; nothing was"
              + " stored",
          e);
    } catch (IOException e) {
      // The container's stream fails when the client stops sending (its count may be short of
      // what arrived: Liberty does not hand over a body it could not read to its declared end).
      throw new MalformedUploadException(
          "The upload was cut short: its body ended"
              + (declaredLength >= 0
                  ? " before the " + declaredLength + " bytes its Content-Length declares"
                  : "")
              + " ("
              + body.count
              + " read): nothing was stored; send it again",
          e);
    }
    if (declaredLength >= 0 && body.count != declaredLength) {
      throw new MalformedUploadException(
          "The upload's body has "
              + body.count
              + " bytes, not the "
              + declaredLength
              + " its Content-Length declares: nothing was stored");
    }
    if (parts.isEmpty()) {
      throw new MalformedUploadException("The upload has no parts: nothing was stored");
    }
    return new MultipartForm(parts);
  }

  /** The first part called {@code name}. */
  public Optional<Part> part(String name) {
    return parts.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The text of the part {@code name}, stripped; empty when absent or blank. */
  public Optional<String> text(String name) {
    return part(name).map(Part::text).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Counts what was read, and stops past the file limit and the envelope. */
  private static final class Counted extends FilterInputStream {
    private final long limit;
    long count;

    Counted(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) {
      count += n;
      if (count > limit + ENVELOPE) {
        throw new UploadTooLargeException(limit);
      }
    }
  }
}
