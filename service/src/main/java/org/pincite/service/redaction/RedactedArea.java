package org.pincite.service.redaction;

import java.util.Map;
import java.util.Optional;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionReason;
import org.pincite.service.page.PdfTextLayout;

/**
 * One redaction as it stood when a {@link RedactedDocument} was read: its id and reason, the pages
 * it is on, and either its box or, per page, the characters of the page text it covers ({@code
 * {from, to}}, to exclusive).
 */
public record RedactedArea(
    long id,
    RedactionReason reason,
    int firstPage,
    int lastPage,
    Redaction.Box box,
    Map<Integer, int[]> characters) {

  public RedactedArea {
    characters = Map.copyOf(characters);
  }

  /** The redaction as it stands in {@code pageText} (page number to its text). */
  static RedactedArea of(Redaction r, java.util.function.IntFunction<String> pageText) {
    Map<Integer, int[]> characters = new java.util.HashMap<>();
    if (!r.isBox()) {
      for (int n = r.getFirstPage(); n <= r.getLastPage(); n++) {
        int page = n;
        r.charactersOn(n, pageText.apply(n).length()).ifPresent(c -> characters.put(page, c));
      }
    }
    return new RedactedArea(
        r.getId(),
        r.getReason(),
        r.getFirstPage(),
        r.getLastPage(),
        r.getBox().orElse(null),
        characters);
  }

  public boolean isBox() {
    return box != null;
  }

  /** The box as the page's layout measures places (fractions of the page from its top left). */
  PdfTextLayout.Box layoutBox() {
    return new PdfTextLayout.Box(box.x(), box.y(), box.width(), box.height());
  }

  public boolean isOn(int page) {
    return page >= firstPage && page <= lastPage;
  }

  /** The characters of page {@code page}'s text this range covers; empty for a box. */
  public Optional<int[]> charactersOn(int page) {
    return Optional.ofNullable(characters.get(page)).map(int[]::clone);
  }
}
