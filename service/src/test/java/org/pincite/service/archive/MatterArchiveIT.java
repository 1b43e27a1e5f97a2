package org.pincite.service.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.TestDatabase;
import org.pincite.service.store.LocalOriginalStore;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.store.StoredBytes;

/**
 * A matter's archive written from a real H2 and PostgreSQL database: every entry's hash in the
 * manifest, every original under its own hash, every page's text, and each passage as a W3C Web
 * Annotation whose selectors lead back to the passage exactly, in code points, past an emoji and a
 * CJK ideograph outside the Basic Multilingual Plane. The matter is fiction.
 */
class MatterArchiveIT {
  private static final String PAGE_ONE =
      "Fiction: the founders \uD83D\uDE42 agreed in writing that the lab stays open.\n";
  private static final String PAGE_TWO =
      "Second page: \uD840\uDC0B marks the ledger, then it closed.";

  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theArchiveHoldsEveryFileByHashAndPassagesAsWebAnnotationsThatLeadBackExactly(
      TestDatabase.Kind kind) throws Exception {
    db = TestDatabase.start(kind);
    OriginalStore store = new LocalOriginalStore(Files.createTempDirectory("archive-originals"));
    byte[] original = (PAGE_ONE + PAGE_TWO).getBytes(StandardCharsets.UTF_8);
    StoredBytes stored = store.store(new ByteArrayInputStream(original));
    int says = PAGE_ONE.indexOf("agreed");
    int ledger = PAGE_TWO.indexOf("marks");
    long matterId =
        db.inTransaction(
            em -> {
              Matter m =
                  new Matter(
                      "Roe v. Doe (fiction)",
                      "Fictional Court",
                      "ARCH-1",
                      LocalDate.of(2026, 1, 2));
              Party roe = m.addParty("Roe", PartyRole.PLAINTIFF);
              new JpaMatterRepository(em).add(m);
              Claim count = Claim.topLevel(ClaimKind.COUNT, roe, "Breach of contract", null, 0);
              new JpaClaimRepository(em).add(count);
              Document d =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.OTHER,
                      "Agreement",
                      new StoredFile(
                          "agreement.txt", "text/plain", stored.size(), stored.sha256()));
              d.recordText(List.of(PAGE_ONE, PAGE_TWO));
              new JpaDocumentRepository(em).add(d);
              JpaAnnotationRepository passages = new JpaAnnotationRepository(em);
              passages.add(
                  new Annotation(
                      d,
                      Passage.select(d, 1, says, 1, says + "agreed in writing".length()),
                      Stance.SUPPORTS,
                      List.of(count),
                      "the promise \uD83D\uDE42",
                      "roe-paralegal"));
              passages.add(
                  new Annotation(
                      d,
                      Passage.select(d, 2, ledger, 2, ledger + "marks the ledger".length()),
                      Stance.REFUTES,
                      List.of(count),
                      null,
                      "roe-attorney"));
              return m.getId();
            });

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    db.run(
        em -> {
          try {
            MatterArchiveWriter.write(
                ArchiveContents.load(em, new JpaMatterRepository(em).find(matterId).orElseThrow()),
                store::open,
                zip);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    Map<String, byte[]> entries = unzip(zip.toByteArray());
    checkTampering(entries, stored.sha256());

    // The manifest names every other entry with its hash and size.
    JsonObject manifest = json(entries.get("manifest.json"));
    assertEquals(MatterArchiveWriter.FORMAT, manifest.getString("format"));
    JsonArray files = manifest.getJsonArray("files");
    assertEquals(entries.size() - 1, files.size(), entries.keySet().toString());
    for (JsonObject file : files.getValuesAs(JsonObject.class)) {
      byte[] content = entries.get(file.getString("path"));
      assertEquals(sha256(content), file.getString("sha256"), file.getString("path"));
      assertEquals(content.length, file.getInt("size"));
    }
    assertEquals(stored.sha256(), sha256(entries.get("originals/" + stored.sha256())));
    String documentId =
        json(entries.get("matter.json"))
            .getJsonArray("documents")
            .getJsonObject(0)
            .get("id")
            .toString();
    assertEquals(PAGE_ONE, text(entries.get("pages/" + documentId + "/1.txt")));
    assertEquals(PAGE_TWO, text(entries.get("pages/" + documentId + "/2.txt")));
    String matterJson = text(entries.get("matter.json"));
    assertFalse(matterJson.contains("password") || matterJson.contains("token"), matterJson);
    assertTrue(matterJson.contains("roe-paralegal"), "users' names: " + matterJson);

    // Each passage a Web Annotation whose selectors lead back to it exactly.
    JsonObject collection = json(entries.get("annotations.jsonld"));
    assertEquals(WebAnnotations.CONTEXT, collection.getString("@context"));
    assertEquals("AnnotationCollection", collection.getString("type"));
    assertEquals(2, collection.getInt("total"));
    List<JsonObject> items =
        collection.getJsonObject("first").getJsonArray("items").getValuesAs(JsonObject.class);
    Map<Integer, String> pages = Map.of(1, PAGE_ONE, 2, PAGE_TWO);
    for (JsonObject annotation : items) {
      assertEquals("Annotation", annotation.getString("type"));
      JsonObject target = annotation.getJsonObject("target");
      assertEquals("urn:sha256:" + stored.sha256(), target.getString("source"));
      JsonArray selectors = target.getJsonArray("selector");
      JsonObject byQuote = selectors.getJsonObject(0);
      JsonObject byPosition = selectors.getJsonObject(1);
      assertEquals("FragmentSelector", byQuote.getString("type"));
      assertEquals(WebAnnotations.RFC_3778, byQuote.getString("conformsTo"));
      int page = Integer.parseInt(byQuote.getString("value").substring("page=".length()));
      String exact = byQuote.getJsonObject("refinedBy").getString("exact");
      JsonObject position = byPosition.getJsonObject("refinedBy");
      assertEquals("TextPositionSelector", position.getString("type"));
      String text = pages.get(page);
      int start = CodePoints.toUtf16(text, position.getInt("start"));
      int end = CodePoints.toUtf16(text, position.getInt("end"));
      assertEquals(exact, text.substring(start, end), "code points lead back to the quote");
      assertEquals(page == 1 ? says : ledger, start, "and to Pincite's UTF-16 offset");
      assertTrue(
          position.getInt("start") < start, "an emoji or ideograph before it: fewer code points");
      List<String> purposes =
          annotation.getJsonArray("body").getValuesAs(JsonObject.class).stream()
              .map(b -> b.getString("purpose"))
              .toList();
      assertEquals(
          page == 1
              ? List.of("classifying", "tagging", "commenting")
              : List.of("classifying", "tagging"),
          purposes);
    }
  }

  /**
   * The check that comes before an import: the archive as written is whole; one byte of an original
   * changed is named twice (against the manifest and against its own name); a quote changed, even
   * with the manifest's hash made to match, is named with its passage and page.
   */
  private static void checkTampering(Map<String, byte[]> entries, String sha256) throws Exception {
    assertEquals(List.of(), ArchiveCheck.problems(new ByteArrayInputStream(zip(entries))));

    Map<String, byte[]> oneByte = new LinkedHashMap<>(entries);
    byte[] original = oneByte.get("originals/" + sha256).clone();
    original[3] ^= 1;
    oneByte.put("originals/" + sha256, original);
    List<String> changed = ArchiveCheck.problems(new ByteArrayInputStream(zip(oneByte)));
    assertEquals(2, changed.size(), changed.toString());
    assertTrue(
        changed.get(0).startsWith("originals/" + sha256 + ": its bytes hash to "), changed.get(0));
    assertTrue(changed.get(1).contains("not its name"), changed.get(1));

    Map<String, byte[]> quote = new LinkedHashMap<>(entries);
    String jsonld =
        text(quote.get("annotations.jsonld")).replace("agreed in writing", "agreed in blood");
    quote.put("annotations.jsonld", jsonld.getBytes(StandardCharsets.UTF_8));
    String manifest =
        text(quote.get("manifest.json"))
            .replace(
                sha256Hex(entries.get("annotations.jsonld")),
                sha256Hex(quote.get("annotations.jsonld")));
    quote.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
    List<String> forged = ArchiveCheck.problems(new ByteArrayInputStream(zip(quote)));
    assertEquals(1, forged.size(), forged.toString());
    assertTrue(
        forged
            .get(0)
            .matches(
                "urn:pincite:passage:\\d+: the quote 'agreed in blood' differs from page 1 .*"),
        forged.get(0));
  }

  private static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return sha256(content);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static JsonObject json(byte[] content) {
    return Json.createReader(new StringReader(text(content))).readObject();
  }

  private static String text(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
