package org.pincite.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out switch: the persistence unit boots with Hibernate Search's Elasticsearch backend by
 * configuration alone (no cluster needed to boot with the version given and the schema left alone),
 * and the schema it would create has the same indexes, fields and analysis as Lucene's.
 */
class ElasticsearchMappingIT {
  @TempDir Path exported;

  @Test
  void theSamePersistenceUnitMapsOntoElasticsearchWithTheSameFieldsAndAnalyzers()
      throws IOException {
    EntityManagerFactory emf =
        Persistence.createEntityManagerFactory(
            "pincite",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:es_mapping;DB_CLOSE_DELAY=-1",
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "hibernate.transaction.jta.platform",
                    "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                "hibernate.search.backend.type", "elasticsearch",
                "hibernate.search.backend.hosts", "localhost:1",
                "hibernate.search.backend.version", "8.15",
                "hibernate.search.backend.version_check.enabled", "false",
                "hibernate.search.schema_management.strategy", "none"));
    try {
      EntityManager em = emf.createEntityManager();
      try {
        Search.session(em).schemaManager().exportExpectedSchema(exported);
      } finally {
        em.close();
      }
    } finally {
      emf.close();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(exported)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    String page = read(files, "page");
    String note = read(files, "note");
    for (String schema : List.of(page, note)) {
      assertTrue(schema.contains("\"pincite_english\""), schema);
      assertTrue(schema.contains("\"porter_stem\""), schema);
      assertTrue(schema.contains("\"cjk_bigram\""), schema);
      for (String field :
          List.of(
              SearchFields.TEXT,
              SearchFields.TEXT_CJK,
              SearchFields.HEADERS,
              SearchFields.MATTER_ID,
              SearchFields.DOCUMENT_ID,
              SearchFields.PAGE_NUMBER,
              SearchFields.CLAIM_IDS,
              SearchFields.CLAIM_STANCES,
              SearchFields.SENDER,
              SearchFields.ANNOTATED)) {
        assertTrue(schema.contains("\"" + field + "\""), field + " in " + schema);
      }
    }
  }

  private static String read(List<Path> files, String index) throws IOException {
    Path file =
        files.stream()
            .filter(
                p ->
                    p.toString().contains("/" + index + "/")
                        && p.toString().endsWith("create-index.json"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no create-index.json for " + index + " in " + files));
    String json = Files.readString(file);
    assertEquals(json.strip().charAt(0), '{');
    return json;
  }
}
