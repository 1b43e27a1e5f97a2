package org.pincite.service.archive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.Page;

/**
 * A matter's passages as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD, context
 * {@value #CONTEXT}): each passage an {@code Annotation} whose target's source is its document's
 * original by hash ({@code urn:sha256:…}), selected by a {@code FragmentSelector} (RFC 3778, {@code
 * page=N}) refined by a {@code TextQuoteSelector} (exact, prefix, suffix), and by the same {@code
 * FragmentSelector} refined by a {@code TextPositionSelector}; the stance a {@code classifying}
 * body, each claim a {@code tagging} body (its id {@code urn:pincite:claim:…}), the note a {@code
 * commenting} body; creator, created and modified. Positions count code points from the start of
 * page N; a passage that goes on to later pages counts on through them as its quote joins them (one
 * line break between pages that do not end in one).
 */
public final class WebAnnotations {
  public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
  public static final String RFC_3778 = "http://tools.ietf.org/rfc/rfc3778";

  private WebAnnotations() {}

  public static JsonObject collection(String label, String id, List<Annotation> passages) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    passages.stream()
        .sorted(Comparator.comparing(Annotation::getId))
        .forEach(a -> items.add(annotation(a)));
    return Json.createObjectBuilder()
        .add("@context", CONTEXT)
        .add("id", id)
        .add("type", "AnnotationCollection")
        .add("label", label)
        .add("total", passages.size())
        .add(
            "first",
            Json.createObjectBuilder()
                .add("id", id + ":page:0")
                .add("type", "AnnotationPage")
                .add("startIndex", 0)
                .add("items", items))
        .build();
  }

  public static JsonObject annotation(Annotation a) {
    Passage p = a.getPassage();
    Document document = a.getDocument();
    JsonArrayBuilder bodies =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "TextualBody")
                    .add("purpose", "classifying")
                    .add("value", a.getStance().name()));
    a.getClaims().stream()
        .sorted(Comparator.comparing(Claim::getId))
        .forEach(
            c ->
                bodies.add(
                    Json.createObjectBuilder()
                        .add("id", "urn:pincite:claim:" + c.getId())
                        .add("type", "TextualBody")
                        .add("purpose", "tagging")
                        .add("value", c.getLabel())));
    if (a.getNote() != null && !a.getNote().isEmpty()) {
      bodies.add(
          Json.createObjectBuilder()
              .add("type", "TextualBody")
              .add("purpose", "commenting")
              .add("format", "text/plain")
              .add("value", a.getNote()));
    }
    JsonObjectBuilder quote =
        Json.createObjectBuilder().add("type", "TextQuoteSelector").add("exact", p.getQuote());
    if (p.getPrefix() != null && !p.getPrefix().isEmpty()) {
      quote.add("prefix", p.getPrefix());
    }
    if (p.getSuffix() != null && !p.getSuffix().isEmpty()) {
      quote.add("suffix", p.getSuffix());
    }
    JsonObjectBuilder annotation =
        Json.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("id", idOf(a))
            .add("type", "Annotation")
            .add(
                "creator",
                Json.createObjectBuilder().add("type", "Person").add("nickname", a.getAuthor()))
            .add("created", instant(a.getCreatedAt()))
            .add("body", bodies)
            .add(
                "target",
                Json.createObjectBuilder()
                    .add("type", "SpecificResource")
                    .add("source", "urn:sha256:" + document.getOriginal().getSha256())
                    .add("selector", selectors(a, quote)));
    if (a.getUpdatedAt() != null) {
      annotation.add("modified", instant(a.getUpdatedAt()));
    }
    return annotation.build();
  }

  /**
   * The quote on its page and, unless the passage is orphaned (its words are no longer in its
   * document's text, so no position holds them), its code point position there.
   */
  private static JsonArrayBuilder selectors(Annotation a, JsonObjectBuilder quote) {
    Passage p = a.getPassage();
    JsonArrayBuilder selectors = Json.createArrayBuilder().add(page(p.getStartPage(), quote));
    if (!a.isOrphaned()) {
      String pageText = textOf(a.getDocument(), p.getStartPage());
      int start = CodePoints.fromUtf16(pageText, p.getStartOffset());
      int end = start + CodePoints.length(p.getQuote());
      selectors.add(
          page(
              p.getStartPage(),
              Json.createObjectBuilder()
                  .add("type", "TextPositionSelector")
                  .add("start", start)
                  .add("end", end)));
    }
    return selectors;
  }

  /** The passage's id in an archive. */
  public static String idOf(Annotation a) {
    return "urn:pincite:passage:" + a.getId();
  }

  private static JsonObjectBuilder page(int number, JsonObjectBuilder refinedBy) {
    return Json.createObjectBuilder()
        .add("type", "FragmentSelector")
        .add("conformsTo", RFC_3778)
        .add("value", "page=" + number)
        .add("refinedBy", refinedBy);
  }

  static String textOf(Document document, int number) {
    return document.getPages().stream()
        .filter(page -> page.getNumber() == number)
        .map(Page::getText)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Document " + document.getId() + " has no page " + number));
  }

  /** xsd:dateTime in UTC, to the microsecond the database keeps (a restore keeps it exactly). */
  static String instant(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS).toString();
  }
}
