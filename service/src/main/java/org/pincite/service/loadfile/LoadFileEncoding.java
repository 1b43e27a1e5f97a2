package org.pincite.service.loadfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a received load file's bytes become text: its byte-order mark when it has one; else the first
 * of UTF-16 (when every other byte is zero), UTF-8 and Windows-1252 that decodes every byte; else
 * Windows-1252 with the bytes it cannot decode as U+FFFD (which the readers report by line).
 *
 * @param text the decoded text, without the byte-order mark
 * @param charset the encoding it was read in
 * @param byteOrderMark whether the file began with one
 * @param lossless whether every byte decoded
 */
public record LoadFileEncoding(
    String text, Charset charset, boolean byteOrderMark, boolean lossless) {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final char UNDECODABLE = '\uFFFD';

  /** The text of {@code bytes}, read as above. */
  public static LoadFileEncoding decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return withBom(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return withBom(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return withBom(bytes, 2, StandardCharsets.UTF_16BE);
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      Optional<String> text = strict(bytes, 0, utf16.get());
      if (text.isPresent()) {
        return new LoadFileEncoding(text.get(), utf16.get(), false, true);
      }
    }
    for (Charset c : new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252}) {
      Optional<String> text = strict(bytes, 0, c);
      if (text.isPresent()) {
        return new LoadFileEncoding(text.get(), c, false, true);
      }
    }
    return new LoadFileEncoding(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252, false, false);
  }

  /** The encoding's name as a person reads it ("UTF-16LE with BOM", "windows-1252"). */
  public String describe() {
    return charset.name() + (byteOrderMark ? " with BOM" : "");
  }

  private static LoadFileEncoding withBom(byte[] bytes, int skip, Charset charset) {
    Optional<String> text = strict(bytes, skip, charset);
    return text.map(t -> new LoadFileEncoding(t, charset, true, true))
        .orElseGet(() -> new LoadFileEncoding(lenient(bytes, skip, charset), charset, true, false));
  }

  /** UTF-16 without a BOM shows as ASCII with a zero byte beside every character. */
  private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 2) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> strict(byte[] bytes, int skip, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String lenient(byte[] bytes, int skip, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(String.valueOf(UNDECODABLE))
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("A replacing decoder reported an error", e);
    }
  }
}
