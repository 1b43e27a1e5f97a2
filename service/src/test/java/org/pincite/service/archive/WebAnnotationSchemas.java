package org.pincite.service.archive;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Web Annotation Data Model's JSON schemas under test resources ({@code
 * web-annotation/NOTICE.md} says where they come from), checked with networknt's
 * json-schema-validator: what a schema finds wrong with an annotation or a collection, one line
 * each, none when it conforms.
 */
final class WebAnnotationSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final Schema ANNOTATION = load("annotation.schema.json");
  private static final Schema COLLECTION = load("collection.schema.json");

  private WebAnnotationSchemas() {}

  static List<String> annotationProblems(JsonObject annotation) {
    return problems(ANNOTATION, annotation);
  }

  /** The collection itself and every annotation of its first page. */
  static List<String> collectionProblems(JsonObject collection) {
    List<String> problems = new ArrayList<>(problems(COLLECTION, collection));
    for (JsonObject a :
        collection.getJsonObject("first").getJsonArray("items").getValuesAs(JsonObject.class)) {
      annotationProblems(a).forEach(p -> problems.add(a.getString("id", "?") + ": " + p));
    }
    return problems;
  }

  private static List<String> problems(Schema schema, JsonObject json) {
    return schema.validate(json.toString(), InputFormat.JSON).stream()
        .map(Error::toString)
        .toList();
  }

  private static Schema load(String name) {
    try (InputStream in =
        WebAnnotationSchemas.class.getResourceAsStream("web-annotation/" + name)) {
      if (in == null) {
        throw new IllegalStateException("web-annotation/" + name + " is not on the class path");
      }
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
