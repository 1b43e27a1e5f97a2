package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages as one page of text ({@link HtmlText}); the title is the page's {@code <title>}. The
 * charset is, in that order, the one a byte-order mark gives, the hint (from the server or the
 * email part; may be null), the page's own meta charset, else UTF-8 when the bytes are valid UTF-8,
 * else windows-1252 ({@link TextDecoding#decodeHtml}).
 */
@ApplicationScoped
public class HtmlTextExtractor implements TextExtractor {
  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.HTML);
  }

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    return ExtractionResult.of(extract(original.bytes(), null));
  }

  public ExtractionOutcome extract(byte[] html, String charsetHint) {
    if (html == null || html.length == 0) {
      return new ExtractionOutcome.Failed("The file is empty (0 bytes)");
    }
    try {
      Document page = Jsoup.parse(TextDecoding.decodeHtml(html, charsetHint));
      String title = page.title() == null || page.title().isBlank() ? null : page.title().strip();
      return new ExtractionOutcome.Extracted(
          List.of(HtmlText.of(page)), List.of(), title, null, null, null);
    } catch (RuntimeException e) {
      return new ExtractionOutcome.Failed("The HTML could not be read: " + e.getMessage());
    }
  }
}
