package org.pincite.service.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactDate;
import org.pincite.domain.fact.FactStatus;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionReason;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.DesignationKind;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaFactRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.JpaRedactionRepository;
import org.pincite.service.jpa.JpaTranscriptRepository;
import org.pincite.service.jpa.TestDatabase;
import org.pincite.service.store.LocalOriginalStore;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.store.StoredBytes;

/**
 * A matter archived on H2, restored on PostgreSQL, archived there and restored on a fresh H2: every
 * original and its hash, every page's text and numbered lines, every passage's offsets, quote,
 * prefix, suffix, stance, claims, note, author and times, the claims tree, facts, designations,
 * transcripts, an email's headers and family, and every audit entry of the first installation come
 * back identical (the ids aside, which each installation gives anew), past an emoji and a CJK
 * ideograph outside the Basic Multilingual Plane that make code points and UTF-16 units differ.
 * Every exported annotation conforms to the W3C Web Annotation schemas. A tampered archive (one
 * byte of an original; one quote, the manifest made to match) is refused naming what differs, and a
 * refusal found only while restoring leaves no part of the matter. The matter is fiction.
 */
class ArchiveRoundTripIT {
  private static final String PAGE_ONE =
      "Fiction: the founders \uD83D\uDE42 agreed in writing that the lab stays open.";
  private static final String PAGE_TWO =
      "Second page: \uD840\uDC0B marks the ledger, then it closed.";
  private static final String EMAIL = "From Roe: the \uD83D\uDE42 board met on Monday.";
  private static final String DEPO_ONE = "1 Q. Did you sign it?\n2 A. I did \uD840\uDC0B.\n";
  private static final String DEPO_TWO = "1 Q. When?\n2 A. In May.\n";

  private final List<TestDatabase> databases = new ArrayList<>();

  @AfterEach
  void close() {
    databases.forEach(TestDatabase::close);
  }

  @Test
  void aMatterArchivedOnH2RestoresOnPostgresqlAndBackIdenticallyAndATamperedOneIsRefused()
      throws Exception {
    TestDatabase h2 = start(TestDatabase.Kind.H2);
    OriginalStore h2Store = new LocalOriginalStore(Files.createTempDirectory("roundtrip-h2"));
    long matterId = makeMatter(h2, h2Store);
    Map<String, byte[]> first = export(h2, h2Store, matterId);
    assertEquals(List.of(), ArchiveCheck.problems(first));
    assertConformsToTheW3cSchemas(first);

    TestDatabase pg = start(TestDatabase.Kind.POSTGRESQL);
    OriginalStore pgStore = new LocalOriginalStore(Files.createTempDirectory("roundtrip-pg"));
    tamperedArchivesAreRefusedAndLeaveNothing(first, pg, pgStore);
    long onPg = restore(pg, pgStore, first);
    Map<String, byte[]> second = export(pg, pgStore, onPg);
    assertSameMatter(first, second);
    assertConformsToTheW3cSchemas(second);

    TestDatabase back = start(TestDatabase.Kind.H2);
    OriginalStore backStore = new LocalOriginalStore(Files.createTempDirectory("roundtrip-back"));
    long onH2 = restore(back, backStore, second);
    Map<String, byte[]> third = export(back, backStore, onH2);
    assertSameMatter(first, third);
    assertSameMatter(second, third);

    // The restored passages sit at Pincite's own UTF-16 offsets, not the code points.
    back.run(
        em -> {
          Document d =
              new JpaDocumentRepository(em)
                  .findByMatter(onH2).stream()
                      .filter(x -> x.getTitle().equals("Agreement"))
                      .findFirst()
                      .orElseThrow();
          Annotation agreed =
              new JpaAnnotationRepository(em)
                  .findByDocument(d.getId()).stream()
                      .filter(a -> a.getPassage().getQuote().equals("agreed in writing"))
                      .findFirst()
                      .orElseThrow();
          assertEquals(PAGE_ONE.indexOf("agreed"), agreed.getPassage().getStartOffset());
        });

    // Into the installation that holds the matter already: refused, unless under another docket.
    List<String> taken = refused(h2, h2Store, first);
    assertTrue(taken.get(0).startsWith("A matter with docket number ARCH-RT-1 is already here"));
    long copy =
        h2.inTransaction(em -> MatterRestore.restore(first, "ARCH-RT-1-COPY", em, h2Store).getId());
    assertTrue(copy != matterId);
  }

  /**
   * One byte of an original; one quote, the manifest made to match; a claim the archive does not
   * hold, found only once the documents are written: each refused naming it, and nothing stays.
   */
  private static void tamperedArchivesAreRefusedAndLeaveNothing(
      Map<String, byte[]> archive, TestDatabase pg, OriginalStore pgStore) throws Exception {
    String sha256 = sha(PAGE_ONE + "\n" + PAGE_TWO);
    Map<String, byte[]> oneByte = new LinkedHashMap<>(archive);
    byte[] original = oneByte.get("originals/" + sha256).clone();
    original[5] ^= 1;
    oneByte.put("originals/" + sha256, original);
    List<String> changed = refused(pg, pgStore, oneByte);
    assertTrue(
        changed.stream()
            .anyMatch(p -> p.startsWith("originals/" + sha256 + ": its bytes hash to ")),
        changed.toString());

    Map<String, byte[]> quote =
        rehashed(
            archive, "annotations.jsonld", s -> s.replace("agreed in writing", "agreed in blood"));
    List<String> forged = refused(pg, pgStore, quote);
    assertEquals(1, forged.size(), forged.toString());
    assertTrue(
        forged.get(0).matches("urn:pincite:passage:\\d+: the quote 'agreed in blood' differs .*"),
        forged.get(0));

    Map<String, byte[]> strayClaim =
        rehashed(
            archive,
            "annotations.jsonld",
            s -> s.replaceFirst("urn:pincite:claim:\\d+", "urn:pincite:claim:999999999"));
    List<String> stray = refused(pg, pgStore, strayClaim);
    assertTrue(stray.get(0).contains("urn:pincite:claim:999999999"), stray.toString());
    pg.run(
        em -> {
          assertTrue(new JpaMatterRepository(em).findByDocketNumber("ARCH-RT-1").isEmpty());
          assertEquals(
              0L, em.createQuery("select count(d) from Document d", Long.class).getSingleResult());
        });
  }

  private TestDatabase start(TestDatabase.Kind kind) {
    TestDatabase db = TestDatabase.start(kind);
    databases.add(db);
    return db;
  }

  /** A matter with all an archive holds; a few changes later, so the audit trail has some. */
  private static long makeMatter(TestDatabase db, OriginalStore store) throws IOException {
    StoredBytes agreement = stored(store, PAGE_ONE + "\n" + PAGE_TWO);
    StoredBytes email = stored(store, EMAIL);
    StoredBytes attachment = stored(store, "Fiction: the attachment.");
    StoredBytes depo = stored(store, DEPO_ONE + DEPO_TWO);
    long matterId =
        db.inTransaction(
            em -> {
              Matter m =
                  new Matter(
                      "Roe v. Doe (fiction)",
                      "Fictional Court",
                      "ARCH-RT-1",
                      LocalDate.of(2026, 1, 2));
              Party roe = m.addParty("Roe", PartyRole.PLAINTIFF);
              Party doe = m.addParty("Doe", PartyRole.DEFENDANT);
              new JpaMatterRepository(em).add(m);
              JpaClaimRepository claims = new JpaClaimRepository(em);
              Claim count =
                  Claim.topLevel(ClaimKind.COUNT, roe, "Breach of contract", "A promise.", 0);
              claims.add(count);
              Claim element = count.addChild(ClaimKind.ELEMENT, "A contract", null);
              claims.add(element);
              Claim second = count.addChild(ClaimKind.ELEMENT, "Breach", "It was broken.");
              claims.add(second);
              Claim defence = Claim.topLevel(ClaimKind.DEFENCE, doe, "Waiver", null, 1);
              claims.add(defence);
              JpaDocumentRepository documents = new JpaDocumentRepository(em);
              Document d = document(m, "Agreement", "agreement.txt", agreement);
              d.describe("Agreement", LocalDate.of(2015, 12, 11), "Roe", "Ex. 7");
              d.nameForCites("Agmt.", null);
              d.recordText(List.of(PAGE_ONE, PAGE_TWO));
              d.recordPageLabels(List.of("iv", "v"));
              d.numberPages(BatesRange.parse("ROE000001", "ROE000002"), "Roe First Production");
              d.recordCustodian("Roe (fiction)");
              d.designate(Confidentiality.CONFIDENTIAL);
              documents.add(d);
              Document mail = document(m, "Board email", "board.eml", email);
              mail.reclassify(DocumentKind.EVIDENCE, DocumentType.EMAIL);
              mail.recordEmailHeaders(
                  new EmailHeaders(
                      "roe@example.org",
                      "doe@example.org",
                      null,
                      OffsetDateTime.parse("2016-01-04T09:30:00Z"),
                      "Board",
                      "<fiction-1@example.org>"));
              mail.recordText(List.of(EMAIL));
              documents.add(mail);
              Document child = document(m, "Attachment", "attachment.txt", attachment);
              child.markFailed("Fiction: could not be read");
              documents.add(child);
              mail.attach(child);
              Document transcript = document(m, "Deposition of Roe", "roe-dep.txt", depo);
              transcript.recordText(
                  List.of(DEPO_ONE, DEPO_TWO),
                  List.of(
                      List.of(new NumberedLine(1, 1, 0, 21), new NumberedLine(1, 2, 22, 36)),
                      List.of(new NumberedLine(2, 1, 0, 10), new NumberedLine(2, 2, 11, 23))));
              documents.add(transcript);
              JpaTranscriptRepository transcripts = new JpaTranscriptRepository(em);
              Transcript t = new Transcript(transcript, TranscriptKind.DEPOSITION);
              t.describe(TranscriptKind.DEPOSITION, "Roe", LocalDate.of(2024, 5, 6), 1, 1, null);
              transcripts.add(t);
              new JpaRedactionRepository(em)
                  .add(
                      Redaction.words(
                          d,
                          2,
                          PAGE_TWO.indexOf("then"),
                          2,
                          PAGE_TWO.indexOf(" closed"),
                          "then it",
                          RedactionReason.PRIVILEGE,
                          "roe-attorney"));
              new JpaRedactionRepository(em)
                  .add(
                      Redaction.box(
                          d,
                          1,
                          0.1,
                          0.2,
                          0.3333333333333333,
                          0.05,
                          RedactionReason.PRIVACY,
                          "roe-attorney"));
              Designation designation =
                  new Designation(
                      transcript, doe, DesignationKind.DESIGNATION, 1, 1, 2, 2, "doe-attorney");
              designation.objectTo("Relevance (fiction)");
              transcripts.add(designation);

              JpaAnnotationRepository passages = new JpaAnnotationRepository(em);
              int agreed = PAGE_ONE.indexOf("agreed");
              Annotation a =
                  passages.add(
                      new Annotation(
                          d,
                          Passage.select(d, 1, agreed, 1, agreed + "agreed in writing".length()),
                          Stance.SUPPORTS,
                          List.of(count, element),
                          "the promise \uD83D\uDE42",
                          "roe-paralegal"));
              int stays = PAGE_ONE.indexOf("stays");
              passages.add(
                  new Annotation(
                      d,
                      Passage.select(d, 1, stays, 2, PAGE_TWO.indexOf(",")),
                      Stance.REFUTES,
                      List.of(defence),
                      null,
                      "doe-attorney"));
              int board = EMAIL.indexOf("board");
              passages.add(
                  new Annotation(
                      mail,
                      Passage.select(mail, 1, board, 1, EMAIL.length()),
                      Stance.CONTEXT,
                      List.of(second),
                      null,
                      "roe-paralegal"));
              passages.add(
                  new Annotation(
                      transcript,
                      Passage.select(transcript, 1, 22, 2, 10),
                      Stance.SUPPORTS,
                      List.of(count),
                      "page and line",
                      "roe-attorney"));
              Annotation removed =
                  passages.add(
                      new Annotation(
                          d,
                          Passage.select(d, 2, 0, 2, 6),
                          Stance.CONTEXT,
                          List.of(count),
                          null,
                          "roe-paralegal"));
              new JpaFactRepository(em)
                  .add(
                      new Fact(
                          m,
                          1,
                          "The founders agreed in writing (fiction).",
                          FactDate.on(LocalDate.of(2015, 12, 11)),
                          FactStatus.UNDISPUTED,
                          true,
                          true,
                          List.of(new Fact.Bearing(count, Stance.SUPPORTS)),
                          List.of(new Fact.Evidence(a, SourceRole.SUPPORTS)),
                          "roe-attorney"));
              em.flush();
              removedId[0] = removed.getId();
              return m.getId();
            });
    // Later changes: a passage restated, one removed, a claim reworded.
    db.run(
        em -> {
          JpaAnnotationRepository passages = new JpaAnnotationRepository(em);
          Annotation first =
              passages.findByMatter(matterId).stream()
                  .filter(a -> a.getPassage().getQuote().equals("agreed in writing"))
                  .findFirst()
                  .orElseThrow();
          first.restate(
              Stance.SUPPORTS,
              List.copyOf(first.getClaims()),
              "the promise, reread \uD83D\uDE42",
              "roe-attorney");
          passages.remove(em.find(Annotation.class, removedId[0]));
          // The email read anew without the marked words: its passage is orphaned, kept.
          Annotation board =
              passages.findByMatter(matterId).stream()
                  .filter(a -> a.getPassage().getQuote().startsWith("board"))
                  .findFirst()
                  .orElseThrow();
          List<String> reread = List.of("Fiction: read again, the words are gone.");
          board.getDocument().recordText(reread);
          assertEquals(Annotation.Reanchoring.ORPHANED, board.reanchor(reread));
          new JpaClaimRepository(em)
              .findAllOfMatter(matterId).stream()
                  .filter(c -> c.getLabel().equals("Waiver"))
                  .findFirst()
                  .orElseThrow()
                  .rewrite("Waiver and estoppel", "Roe gave it up.");
        });
    return matterId;
  }

  private static final long[] removedId = new long[1];

  private static Document document(Matter m, String title, String name, StoredBytes stored) {
    return new Document(
        m,
        DocumentKind.EVIDENCE,
        DocumentType.OTHER,
        title,
        new StoredFile(name, "text/plain", stored.size(), stored.sha256()));
  }

  private static StoredBytes stored(OriginalStore store, String text) throws IOException {
    return store.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, byte[]> export(TestDatabase db, OriginalStore store, long matterId) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    db.run(
        em -> {
          try {
            MatterArchiveWriter.write(
                ArchiveContents.load(em, new JpaMatterRepository(em).find(matterId).orElseThrow()),
                store::open,
                zip);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    try {
      return ArchiveCheck.entries(new ByteArrayInputStream(zip.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long restore(TestDatabase db, OriginalStore store, Map<String, byte[]> archive) {
    return db.inTransaction(em -> MatterRestore.restore(archive, null, em, store).getId());
  }

  private static List<String> refused(
      TestDatabase db, OriginalStore store, Map<String, byte[]> archive) {
    return assertThrows(MatterRestore.Refused.class, () -> restore(db, store, archive)).problems();
  }

  private static Map<String, byte[]> rehashed(
      Map<String, byte[]> archive, String entry, java.util.function.UnaryOperator<String> change)
      throws Exception {
    Map<String, byte[]> copy = new LinkedHashMap<>(archive);
    byte[] changed = change.apply(text(archive.get(entry))).getBytes(StandardCharsets.UTF_8);
    copy.put(entry, changed);
    copy.put(
        "manifest.json",
        text(archive.get("manifest.json"))
            .replace(sha(archive.get(entry)), sha(changed))
            .replace("\"size\": " + archive.get(entry).length, "\"size\": " + changed.length)
            .getBytes(StandardCharsets.UTF_8));
    return copy;
  }

  private static void assertConformsToTheW3cSchemas(Map<String, byte[]> archive) {
    JsonObject collection = json(archive.get("annotations.jsonld")).asJsonObject();
    assertEquals(4, collection.getInt("total"));
    long orphans =
        json(archive.get("matter.json")).asJsonObject().getJsonArray("passages").stream()
            .filter(p -> p.asJsonObject().getBoolean("orphaned", false))
            .count();
    assertEquals(1, orphans, "the email's passage, orphaned by a new reading");
    assertEquals(List.of(), WebAnnotationSchemas.collectionProblems(collection));
  }

  /**
   * Two archives of the same matter from two installations hold the same: each compared in a form
   * that names documents, passages and facts by their place in the archive and claims, parties by
   * their label and name instead of the ids each installation gave them; the later archive's audit
   * trail begins with all of the earlier one's.
   */
  private static void assertSameMatter(Map<String, byte[]> earlier, Map<String, byte[]> later) {
    JsonObject a = canonical(earlier);
    JsonObject b = canonical(later);
    for (String part :
        List.of(
            "matter",
            "documents",
            "claims",
            "passages",
            "facts",
            "designations",
            "redactions",
            "originals")) {
      assertEquals(a.get(part).toString(), b.get(part).toString(), part);
    }
    JsonArray auditA = a.getJsonArray("audit");
    JsonArray auditB = b.getJsonArray("audit");
    assertTrue(auditA.size() >= 10, "the audit trail holds the changes: " + auditA);
    assertTrue(auditB.size() > auditA.size(), "the restore itself is recorded after them");
    for (int i = 0; i < auditA.size(); i++) {
      assertEquals(auditA.get(i).toString(), auditB.get(i).toString(), "audit entry " + i);
    }
  }

  private static JsonObject canonical(Map<String, byte[]> archive) {
    JsonObject m = json(archive.get("matter.json")).asJsonObject();
    Map<String, String> documents = new HashMap<>();
    JsonArray docs = m.getJsonArray("documents");
    for (int i = 0; i < docs.size(); i++) {
      documents.put(docs.getJsonObject(i).get("id").toString(), "document#" + i);
    }
    Map<String, String> claims = new HashMap<>();
    for (JsonObject c : m.getJsonArray("claims").getValuesAs(JsonObject.class)) {
      claims.put(c.get("id").toString(), "claim:" + c.getString("label"));
    }
    Map<String, String> parties = new HashMap<>();
    for (JsonObject p : m.getJsonArray("parties").getValuesAs(JsonObject.class)) {
      parties.put(p.get("id").toString(), "party:" + p.getString("name"));
    }
    JsonObject collection = json(archive.get("annotations.jsonld")).asJsonObject();
    List<JsonObject> items =
        collection.getJsonObject("first").getJsonArray("items").getValuesAs(JsonObject.class);
    Map<String, String> passages = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      passages.put(items.get(i).getString("id"), "passage#" + i);
    }
    Map<String, String> redactions = new HashMap<>();
    JsonArray redacted = m.getJsonArray("redactions");
    for (int i = 0; i < redacted.size(); i++) {
      redactions.put(redacted.getJsonObject(i).get("id").toString(), "redaction#" + i);
    }
    Map<String, String> facts = new HashMap<>();
    for (JsonObject f : m.getJsonArray("facts").getValuesAs(JsonObject.class)) {
      facts.put(f.get("id").toString(), "fact#" + f.getInt("number"));
    }

    JsonArrayBuilder docsOut = Json.createArrayBuilder();
    for (JsonObject d : docs.getValuesAs(JsonObject.class)) {
      String id = d.get("id").toString();
      JsonObjectBuilder out = Json.createObjectBuilder(d).remove("id");
      if (d.containsKey("parentId")) {
        out.add("parentId", documents.get(d.get("parentId").toString()));
      }
      JsonArrayBuilder pages = Json.createArrayBuilder();
      for (int n = 1; archive.containsKey("pages/" + id + "/" + n + ".txt"); n++) {
        pages.add(text(archive.get("pages/" + id + "/" + n + ".txt")));
        byte[] lines = archive.get("pages/" + id + "/" + n + ".lines.json");
        pages.add(lines == null ? "" : json(lines).toString());
      }
      docsOut.add(out.add("pages", pages));
    }
    JsonArrayBuilder claimsOut = Json.createArrayBuilder();
    for (JsonObject c : m.getJsonArray("claims").getValuesAs(JsonObject.class)) {
      JsonObjectBuilder out = Json.createObjectBuilder(c).remove("id");
      if (c.containsKey("parentId")) {
        out.add("parentId", claims.get(c.get("parentId").toString()));
      }
      claimsOut.add(out);
    }
    JsonArrayBuilder passagesOut = Json.createArrayBuilder();
    Map<String, JsonObject> records = new HashMap<>();
    m.getJsonArray("passages")
        .getValuesAs(JsonObject.class)
        .forEach(p -> records.put(p.getString("id"), p));
    for (JsonObject item : items) {
      String text = item.toString();
      for (Map.Entry<String, String> c : claims.entrySet()) {
        text = text.replace("\"urn:pincite:claim:" + c.getKey() + "\"", "\"" + c.getValue() + "\"");
      }
      JsonObject record = records.get(item.getString("id"));
      passagesOut.add(
          Json.createObjectBuilder(json(text.getBytes(StandardCharsets.UTF_8)).asJsonObject())
              .remove("id")
              .add("document", documents.get(record.get("documentId").toString()))
              .add("modifiedBy", record.getString("modifiedBy"))
              .add("record", Json.createObjectBuilder(record).remove("id").remove("documentId")));
    }
    JsonArrayBuilder factsOut = Json.createArrayBuilder();
    for (JsonObject f : m.getJsonArray("facts").getValuesAs(JsonObject.class)) {
      JsonArrayBuilder bearing = Json.createArrayBuilder();
      f.getJsonArray("claims")
          .getValuesAs(JsonObject.class)
          .forEach(
              c ->
                  bearing.add(
                      claims.get(c.get("claimId").toString()) + " " + c.getString("stance")));
      JsonArrayBuilder sources = Json.createArrayBuilder();
      f.getJsonArray("sources")
          .getValuesAs(JsonObject.class)
          .forEach(
              s -> sources.add(passages.get(s.getString("passage")) + " " + s.getString("role")));
      factsOut.add(
          Json.createObjectBuilder(f).remove("id").add("claims", bearing).add("sources", sources));
    }
    JsonArrayBuilder designationsOut = Json.createArrayBuilder();
    for (JsonObject g : m.getJsonArray("designations").getValuesAs(JsonObject.class)) {
      designationsOut.add(
          Json.createObjectBuilder(g)
              .remove("id")
              .add("documentId", documents.get(g.get("documentId").toString())));
    }
    JsonArrayBuilder redactionsOut = Json.createArrayBuilder();
    for (JsonObject r : m.getJsonArray("redactions").getValuesAs(JsonObject.class)) {
      redactionsOut.add(
          Json.createObjectBuilder(r)
              .remove("id")
              .add("documentId", documents.get(r.get("documentId").toString())));
    }
    JsonArrayBuilder audit = Json.createArrayBuilder();
    for (JsonObject r :
        json(archive.get("audit.json")).asJsonArray().getValuesAs(JsonObject.class)) {
      String id = r.get("subjectId").toString();
      String subject =
          r.getBoolean("subjectRestored", true)
              ? null
              : "removed " + r.getString("subject") + " " + id;
      subject =
          subject != null
              ? subject
              : switch (r.getString("subject")) {
                case "document" -> documents.get(id);
                case "claim" -> claims.get(id);
                case "party" -> parties.get(id);
                case "passage" -> passages.get("urn:pincite:passage:" + id);
                case "fact" -> facts.get(id);
                case "redaction" -> redactions.get(id);
                case "matter" -> "the matter";
                default -> null;
              };
      audit.add(
          Json.createObjectBuilder(r)
              .remove("subjectRestored")
              .add(
                  "subjectId",
                  subject == null ? "removed " + r.getString("subject") + " " + id : subject));
    }
    JsonArrayBuilder originals = Json.createArrayBuilder();
    archive.keySet().stream()
        .filter(k -> k.startsWith("originals/"))
        .sorted()
        .forEach(k -> originals.add(k + " " + sha(archive.get(k))));
    JsonArrayBuilder partiesOut = Json.createArrayBuilder();
    m.getJsonArray("parties")
        .getValuesAs(JsonObject.class)
        .forEach(p -> partiesOut.add(Json.createObjectBuilder(p).remove("id")));
    JsonObjectBuilder matter =
        Json.createObjectBuilder(m)
            .add("parties", partiesOut)
            .remove("documents")
            .remove("claims")
            .remove("passages")
            .remove("facts")
            .remove("designations")
            .remove("redactions");
    return Json.createObjectBuilder()
        .add("matter", matter)
        .add("documents", docsOut)
        .add("claims", claimsOut)
        .add("passages", passagesOut)
        .add("facts", factsOut)
        .add("designations", designationsOut)
        .add("redactions", redactionsOut)
        .add("audit", audit)
        .add("originals", originals)
        .build();
  }

  private static JsonValue json(byte[] content) {
    return Json.createReader(new StringReader(text(content))).readValue();
  }

  private static String text(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }

  private static String sha(String text) {
    return sha(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
