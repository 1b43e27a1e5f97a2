package org.pincite.service.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schemas bite: the W3C model's own example of a quote selector conforms, and each break of one
 * of its MUSTs (no target, another context, a negative position, a quote selector without exact, an
 * unknown purpose) is refused. The archive's real annotations are checked in {@code
 * ArchiveRoundTripIT}.
 */
class WebAnnotationSchemaTest {
  // After the model's Example 35 (TextQuoteSelector) with a TextPositionSelector beside it.
  private static final String GOOD =
      """
      {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno23",
       "type": "Annotation", "created": "2015-10-13T13:00:00Z",
       "creator": {"type": "Person", "nickname": "pat"},
       "body": [{"type": "TextualBody", "purpose": "commenting", "value": "fiction"}],
       "target": {"source": "http://example.org/page1", "selector": [
         {"type": "TextQuoteSelector", "exact": "anotation", "prefix": "this is an ",
          "suffix": " that has some"},
         {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
          "value": "page=1", "refinedBy": {"type": "TextPositionSelector", "start": 4, "end": 13}}]}}
      """;

  @Test
  void theModelsExampleConformsAndEachBrokenMustIsRefused() {
    assertEquals(List.of(), WebAnnotationSchemas.annotationProblems(json(GOOD)));
    for (String broken :
        List.of(
            GOOD.replace("\"target\"", "\"targets\""),
            GOOD.replace("http://www.w3.org/ns/anno.jsonld", "http://example.org/context"),
            GOOD.replace("\"start\": 4", "\"start\": -4"),
            GOOD.replace("\"exact\": \"anotation\", ", ""),
            GOOD.replace("\"commenting\"", "\"gossiping\""),
            GOOD.replace("2015-10-13T13:00:00Z", "13 Oct 2015"),
            GOOD.replace("\"type\": \"Person\"", "\"type\": \"Robot\""))) {
      assertFalse(
          WebAnnotationSchemas.annotationProblems(json(broken)).isEmpty(), "refused: " + broken);
    }
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
