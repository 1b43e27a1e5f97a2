package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.pincite.service.transcript.TextTranscriptReader;

/**
 * Plain-text files as one page: UTF-8 (or UTF-16 with a byte-order mark) when they decode as such,
 * else windows-1252 (a superset of ISO-8859-1 in practice); the BOM is dropped and CRLF and CR line
 * ends become LF. Bytes with NUL in them are not text. A transcript exchanged as text (numbered
 * lines, pages) is cut into its pages with their lines ({@link TextTranscriptReader}).
 */
@ApplicationScoped
public class PlainTextExtractor implements TextExtractor {
  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.TEXT);
  }

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    return ExtractionResult.of(extract(original.bytes()));
  }

  public ExtractionOutcome extract(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return new ExtractionOutcome.Failed("The file is empty (0 bytes)");
    }
    if (TextDecoding.bomCharset(bytes) == null && holdsNul(bytes)) {
      return new ExtractionOutcome.Failed("The file is not plain text (it holds NUL bytes)");
    }
    String text = TextDecoding.decodeText(bytes, null);
    return TextTranscriptReader.read(text)
        .map(ExtractionOutcome.Extracted::transcript)
        .orElseGet(() -> ExtractionOutcome.Extracted.text(List.of(text)));
  }

  private static boolean holdsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
