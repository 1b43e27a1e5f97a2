package org.pincite.service.archive;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.InvalidPassageException;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.archive.ArchivedChange;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.ExtractionStatus;
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
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.DesignationKind;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaArchiveRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaFactRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.JpaRedactionRepository;
import org.pincite.service.jpa.JpaTranscriptRepository;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.store.StoredBytes;

/**
 * Restores a checked matter archive ({@link ArchiveCheck} found nothing) as a new matter of this
 * installation, in the caller's one transaction: originals into the store by hash, the matter and
 * its parties, the claims tree, the documents with their pages, numbered lines, transcripts and
 * families, the passages at the UTF-16 offsets their code point positions name (each checked to
 * quote exactly the archived words with the same prefix and suffix), facts, designations, and the
 * audit trail the archive carried as {@link ArchivedChange}s. Anything that does not fit refuses
 * the whole archive ({@link Refused}): the caller rolls back and no half matter is left.
 */
public final class MatterRestore {
  /** The archive cannot be restored here, for the reasons given; nothing of it was kept. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public Refused(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private final EntityManager em;
  private final OriginalStore store;
  private final Map<String, byte[]> entries;
  private final List<String> problems = new ArrayList<>();
  private final Map<Long, Party> parties = new HashMap<>();
  private final Map<String, Party> partiesByName = new HashMap<>();
  private final Map<Long, Claim> claims = new HashMap<>();
  private final Map<Long, Document> documents = new LinkedHashMap<>();
  private final Map<String, Annotation> passages = new HashMap<>();
  private final Map<Long, Fact> facts = new HashMap<>();
  private final Map<Long, Redaction> redactions = new HashMap<>();
  private Matter matter;

  private MatterRestore(EntityManager em, OriginalStore store, Map<String, byte[]> entries) {
    this.em = em;
    this.store = store;
    this.entries = entries;
  }

  /**
   * Restores the archive whose entries are {@code entries} under {@code docketNumber} (null: the
   * archive's own); answers the new matter. Throws {@link Refused} naming every problem.
   */
  public static Matter restore(
      Map<String, byte[]> entries, String docketNumber, EntityManager em, OriginalStore store) {
    List<String> found = ArchiveCheck.problems(entries);
    if (!found.isEmpty()) {
      throw new Refused(found);
    }
    MatterRestore restore = new MatterRestore(em, store, entries);
    try {
      restore.run(docketNumber);
    } catch (DomainRuleViolation | IllegalArgumentException | NullPointerException e) {
      restore.problems.add("The archive does not fit this installation: " + e.getMessage());
    } catch (ClassCastException e) {
      restore.problems.add("matter.json or annotations.jsonld has a field of the wrong kind");
    }
    if (!restore.problems.isEmpty()) {
      throw new Refused(restore.problems);
    }
    return restore.matter;
  }

  private void run(String docketNumber) {
    JsonObject m = json("matter.json").asJsonObject();
    String docket =
        docketNumber == null || docketNumber.isBlank()
            ? m.getString("docketNumber")
            : docketNumber.strip();
    JpaMatterRepository matters = new JpaMatterRepository(em);
    Optional<Matter> taken = matters.findByDocketNumber(docket);
    if (taken.isPresent()) {
      problems.add(
          "A matter with docket number "
              + docket
              + " is already here (matter "
              + taken.get().getId()
              + "): import the archive under another docket number");
      return;
    }
    storeOriginals();
    matter =
        new Matter(
            m.getString("caption"),
            m.getString("court"),
            docket,
            m.containsKey("filedOn") ? LocalDate.parse(m.getString("filedOn")) : null);
    for (JsonObject p : m.getJsonArray("parties").getValuesAs(JsonObject.class)) {
      Party party = matter.addParty(p.getString("name"), PartyRole.valueOf(p.getString("role")));
      if (p.containsKey("id")) {
        parties.put(p.getJsonNumber("id").longValue(), party);
      }
      partiesByName.putIfAbsent(party.getName(), party);
    }
    matters.add(matter);
    restoreClaims(m.getJsonArray("claims").getValuesAs(JsonObject.class));
    restoreDocuments(m.getJsonArray("documents").getValuesAs(JsonObject.class));
    if (!problems.isEmpty()) {
      return;
    }
    restorePassages(m);
    if (!problems.isEmpty()) {
      return;
    }
    restoreFacts(list(m, "facts"));
    restoreDesignations(list(m, "designations"));
    restoreRedactions(list(m, "redactions"));
    restoreAudit();
    em.flush();
  }

  private void storeOriginals() {
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (!e.getKey().startsWith("originals/")) {
        continue;
      }
      try {
        StoredBytes stored = store.store(new ByteArrayInputStream(e.getValue()));
        if (!e.getKey().equals("originals/" + stored.sha256())) {
          problems.add(e.getKey() + ": stored as " + stored.sha256() + ", not under its name");
        }
      } catch (IOException io) {
        throw new UncheckedIOException("The original " + e.getKey() + " could not be stored", io);
      }
    }
  }

  private void restoreClaims(List<JsonObject> archived) {
    Map<Long, List<JsonObject>> below = new HashMap<>();
    List<JsonObject> top = new ArrayList<>();
    for (JsonObject c : archived) {
      if (c.containsKey("parentId")) {
        below
            .computeIfAbsent(c.getJsonNumber("parentId").longValue(), k -> new ArrayList<>())
            .add(c);
      } else {
        top.add(c);
      }
    }
    JpaClaimRepository repository = new JpaClaimRepository(em);
    for (JsonObject c : byPosition(top)) {
      Party by = partiesByName.get(c.getString("assertedBy"));
      if (by == null) {
        problems.add(
            "claim "
                + c.get("id")
                + " is asserted by '"
                + c.getString("assertedBy")
                + "', no party");
        continue;
      }
      Claim claim =
          Claim.topLevel(
              ClaimKind.valueOf(c.getString("kind")),
              by,
              c.getString("label"),
              c.getString("text", null),
              c.getInt("position"));
      repository.add(claim);
      claims.put(c.getJsonNumber("id").longValue(), claim);
      restoreChildren(claim, c.getJsonNumber("id").longValue(), below, repository);
    }
    if (claims.size() != archived.size()) {
      problems.add(
          "matter.json: "
              + (archived.size() - claims.size())
              + " of its "
              + archived.size()
              + " claims hang below no claim of the archive");
    }
  }

  private void restoreChildren(
      Claim parent, long archivedId, Map<Long, List<JsonObject>> below, JpaClaimRepository repo) {
    for (JsonObject c : byPosition(below.getOrDefault(archivedId, List.of()))) {
      Claim child =
          parent.addChild(
              ClaimKind.valueOf(c.getString("kind")),
              c.getString("label"),
              c.getString("text", null));
      if (child.getPosition() != c.getInt("position")) {
        problems.add(
            "claim "
                + c.get("id")
                + " stands at position "
                + c.getInt("position")
                + " below its parent, where its siblings leave "
                + child.getPosition());
      }
      repo.add(child);
      claims.put(c.getJsonNumber("id").longValue(), child);
      restoreChildren(child, c.getJsonNumber("id").longValue(), below, repo);
    }
  }

  private static List<JsonObject> byPosition(List<JsonObject> claims) {
    return claims.stream().sorted(Comparator.comparingInt(c -> c.getInt("position"))).toList();
  }

  private void restoreDocuments(List<JsonObject> archived) {
    JpaDocumentRepository repository = new JpaDocumentRepository(em);
    JpaTranscriptRepository transcripts = new JpaTranscriptRepository(em);
    for (JsonObject a : archived) {
      long id = a.getJsonNumber("id").longValue();
      Document d =
          new Document(
              matter,
              DocumentKind.valueOf(a.getString("kind")),
              DocumentType.valueOf(a.getString("type")),
              a.getString("title"),
              new StoredFile(
                  a.getString("fileName"),
                  a.getString("mediaType"),
                  a.getJsonNumber("size").longValue(),
                  a.getString("sha256")));
      d.describe(
          a.getString("title"),
          a.containsKey("documentDate") ? LocalDate.parse(a.getString("documentDate")) : null,
          a.getString("author", null),
          a.getString("exhibitLabel", null));
      d.nameForCites(a.getString("shortCite", null), a.getString("reporterCite", null));
      if (a.containsKey("email")) {
        JsonObject e = a.getJsonObject("email");
        d.recordEmailHeaders(
            new EmailHeaders(
                e.getString("from", null),
                e.getString("to", null),
                e.getString("cc", null),
                e.containsKey("sentAt") ? OffsetDateTime.parse(e.getString("sentAt")) : null,
                e.getString("subject", null),
                e.getString("messageId", null)));
      }
      List<String> texts = new ArrayList<>();
      List<List<NumberedLine>> lines = new ArrayList<>();
      boolean numbered = false;
      for (int n = 1; entries.containsKey(pagePath(id, n, ".txt")); n++) {
        texts.add(new String(entries.get(pagePath(id, n, ".txt")), StandardCharsets.UTF_8));
        List<NumberedLine> pageLines = new ArrayList<>();
        if (entries.containsKey(pagePath(id, n, ".lines.json"))) {
          numbered = true;
          for (JsonArray l :
              json(pagePath(id, n, ".lines.json")).asJsonArray().getValuesAs(JsonArray.class)) {
            pageLines.add(new NumberedLine(l.getInt(0), l.getInt(1), l.getInt(2), l.getInt(3)));
          }
        }
        lines.add(pageLines);
      }
      if (!texts.isEmpty()) {
        d.recordText(texts, numbered ? lines : List.of());
      }
      if (a.containsKey("pageLabels")) {
        d.recordPageLabels(
            a.getJsonArray("pageLabels").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList());
      }
      if (a.containsKey("bates")) {
        JsonObject b = a.getJsonObject("bates");
        d.numberPages(
            BatesRange.parse(b.getString("begin"), b.getString("end")),
            a.getString("production", null));
      }
      d.recordCustodian(a.getString("custodian", null));
      if (a.containsKey("confidentiality")) {
        d.designate(Confidentiality.valueOf(a.getString("confidentiality")));
      }
      String reason = a.getString("statusReason", null);
      switch (ExtractionStatus.valueOf(a.getString("status"))) {
        case EXTRACTED -> {
          if (texts.isEmpty()) {
            d.recordText(List.of());
          }
          if (reason != null) {
            d.noteOnText(reason);
          }
        }
        case FAILED ->
            d.markFailed(reason == null ? "Failed where the archive comes from" : reason);
        case NEEDS_PASSWORD -> d.markNeedsPassword(reason);
        case NEEDS_OCR -> d.markNeedsOcr(reason);
        case PENDING -> d.markPending();
      }
      if (d.getPageCount() != a.getInt("pageCount")) {
        problems.add(
            "document "
                + id
                + " has "
                + a.getInt("pageCount")
                + " pages in matter.json but "
                + d.getPageCount()
                + " pages of text in the archive");
      }
      d.keepArchivedRecord(Instant.parse(a.getString("addedAt")));
      repository.add(d);
      documents.put(id, d);
      if (a.containsKey("transcript")) {
        JsonObject t = a.getJsonObject("transcript");
        TranscriptKind kind = TranscriptKind.valueOf(t.getString("kind"));
        Transcript transcript = new Transcript(d, kind);
        transcript.describe(
            kind,
            t.getString("witness", null),
            t.containsKey("takenOn") ? LocalDate.parse(t.getString("takenOn")) : null,
            t.getInt("volume"),
            t.getInt("firstPage"),
            t.containsKey("trialDay") ? t.getInt("trialDay") : null);
        transcripts.add(transcript);
      }
    }
    for (JsonObject a : archived) {
      if (a.containsKey("parentId")) {
        Document parent = documents.get(a.getJsonNumber("parentId").longValue());
        if (parent == null) {
          problems.add(
              "document "
                  + a.get("id")
                  + " is attached to "
                  + a.get("parentId")
                  + ", no document of the archive");
        } else {
          parent.attach(documents.get(a.getJsonNumber("id").longValue()));
        }
      }
    }
  }

  private static String pagePath(long document, int n, String suffix) {
    return "pages/" + document + "/" + n + suffix;
  }

  private void restorePassages(JsonObject m) {
    Map<String, JsonObject> records = new HashMap<>();
    for (JsonObject p : list(m, "passages")) {
      records.put(p.getString("id"), p);
    }
    Map<String, Document> bySha = new HashMap<>();
    documents.values().forEach(d -> bySha.putIfAbsent(d.getOriginal().getSha256(), d));
    JpaAnnotationRepository repository = new JpaAnnotationRepository(em);
    JsonObject collection = json("annotations.jsonld").asJsonObject();
    for (JsonObject a :
        collection.getJsonObject("first").getJsonArray("items").getValuesAs(JsonObject.class)) {
      String id = a.getString("id");
      JsonObject record = records.get(id);
      JsonObject target = a.getJsonObject("target");
      Document d =
          record != null
              ? documents.get(record.getJsonNumber("documentId").longValue())
              : bySha.get(target.getString("source").replaceFirst("^urn:sha256:", ""));
      if (d == null) {
        problems.add(id + ": its document is not in the archive");
        continue;
      }
      JsonObject byQuote = target.getJsonArray("selector").getJsonObject(0);
      JsonObject quote = byQuote.getJsonObject("refinedBy");
      int page = Integer.parseInt(byQuote.getString("value").substring("page=".length()));
      boolean orphaned = record != null && record.getBoolean("orphaned", false);
      Optional<Passage> passage;
      if (orphaned) {
        passage =
            Optional.of(
                Passage.asRecorded(
                    record.getInt("startPage"),
                    record.getInt("startOffset"),
                    record.getInt("endPage"),
                    record.getInt("endOffset"),
                    quote.getString("exact"),
                    quote.getString("prefix", ""),
                    quote.getString("suffix", "")));
      } else {
        JsonObject position =
            target.getJsonArray("selector").getJsonObject(1).getJsonObject("refinedBy");
        passage =
            passageAt(
                d,
                page,
                position.getInt("start"),
                position.getInt("end"),
                quote.getString("exact"),
                quote.getString("prefix", ""),
                quote.getString("suffix", ""));
        if (passage.isEmpty()) {
          problems.add(
              id
                  + ": no passage of page "
                  + page
                  + " at code points "
                  + position.getInt("start")
                  + "–"
                  + position.getInt("end")
                  + " quotes '"
                  + quote.getString("exact")
                  + "' with its prefix and suffix");
          continue;
        }
      }
      Stance stance = null;
      List<Claim> on = new ArrayList<>();
      String note = null;
      for (JsonObject body : a.getJsonArray("body").getValuesAs(JsonObject.class)) {
        switch (body.getString("purpose")) {
          case "classifying" -> stance = Stance.valueOf(body.getString("value"));
          case "tagging" -> {
            Claim claim =
                claims.get(
                    Long.parseLong(body.getString("id").replaceFirst("^urn:pincite:claim:", "")));
            if (claim == null) {
              problems.add(id + ": its claim " + body.getString("id") + " is not in the archive");
            } else {
              on.add(claim);
            }
          }
          case "commenting" -> note = body.getString("value");
          default -> problems.add(id + ": a body with purpose " + body.getString("purpose"));
        }
      }
      if (stance == null || on.isEmpty()) {
        problems.add(
            id + ": it needs a classifying body (its stance) and a tagging body (a claim)");
        continue;
      }
      String author = a.getJsonObject("creator").getString("nickname");
      Annotation annotation = new Annotation(d, passage.get(), stance, on, note, author);
      Instant created = Instant.parse(a.getString("created"));
      annotation.keepArchivedRecord(
          created,
          a.containsKey("modified") ? Instant.parse(a.getString("modified")) : created,
          record == null ? author : record.getString("modifiedBy"));
      if (orphaned) {
        annotation.keepOrphaned(record.getString("orphanReason", null));
      }
      repository.add(annotation);
      passages.put(id, annotation);
    }
  }

  /**
   * The passage of {@code d} from code point {@code start} of page {@code page} to code point
   * {@code end} (counted on through the following pages as a quote joins them) that quotes {@code
   * exact} with {@code prefix} and {@code suffix}: an end at a page break could lie on either page,
   * and the words around it tell which.
   */
  static Optional<Passage> passageAt(
      Document d, int page, int start, int end, String exact, String prefix, String suffix) {
    Optional<String> first = d.page(page).map(p -> p.getText());
    if (first.isEmpty()
        || start > CodePoints.length(first.get())
        || end - start != CodePoints.length(exact)) {
      return Optional.empty();
    }
    int startOffset = CodePoints.toUtf16(first.get(), start);
    int used = 0;
    for (int n = page; n <= d.getPageCount(); n++) {
      String text = d.page(n).map(p -> p.getText()).orElse("");
      int from = n == page ? startOffset : 0;
      if (n > page && used > 0 && exact.charAt(used - 1) != '\n') {
        used++;
      }
      int endOffset = from + exact.length() - used;
      if (endOffset >= from && endOffset <= text.length()) {
        try {
          Passage p = Passage.select(d, page, startOffset, n, endOffset);
          if (p.getQuote().equals(exact)
              && p.getPrefix().equals(prefix)
              && p.getSuffix().equals(suffix)) {
            return Optional.of(p);
          }
        } catch (InvalidPassageException notHere) {
          // the next page may hold its end
        }
      }
      used += text.length() - from;
      if (used > exact.length()) {
        break;
      }
    }
    return Optional.empty();
  }

  private void restoreFacts(List<JsonObject> archived) {
    JpaFactRepository repository = new JpaFactRepository(em);
    for (JsonObject f : archived) {
      List<Fact.Bearing> bearings = new ArrayList<>();
      for (JsonObject c : f.getJsonArray("claims").getValuesAs(JsonObject.class)) {
        bearings.add(
            new Fact.Bearing(
                claims.get(c.getJsonNumber("claimId").longValue()),
                Stance.valueOf(c.getString("stance"))));
      }
      List<Fact.Evidence> evidence = new ArrayList<>();
      for (JsonObject s : f.getJsonArray("sources").getValuesAs(JsonObject.class)) {
        Annotation passage = passages.get(s.getString("passage"));
        if (passage == null) {
          problems.add(
              "fact "
                  + f.getInt("number")
                  + " rests on "
                  + s.getString("passage")
                  + ", no passage of the archive");
          continue;
        }
        evidence.add(new Fact.Evidence(passage, SourceRole.valueOf(s.getString("role"))));
      }
      JsonObject date = f.getJsonObject("date");
      Fact fact =
          new Fact(
              matter,
              f.getInt("number"),
              f.getString("text"),
              FactDate.of(
                  FactDate.Precision.valueOf(date.getString("precision")),
                  date.containsKey("from") ? LocalDate.parse(date.getString("from")) : null,
                  date.containsKey("to") ? LocalDate.parse(date.getString("to")) : null),
              FactStatus.valueOf(f.getString("status")),
              f.getBoolean("material"),
              f.getBoolean("key"),
              bearings,
              evidence,
              f.getString("author"));
      fact.keepArchivedRecord(
          Instant.parse(f.getString("createdAt")),
          Instant.parse(f.getString("updatedAt")),
          f.getString("updatedBy"));
      repository.add(fact);
      facts.put(f.getJsonNumber("id").longValue(), fact);
    }
  }

  private void restoreDesignations(List<JsonObject> archived) {
    JpaTranscriptRepository repository = new JpaTranscriptRepository(em);
    for (JsonObject g : archived) {
      Document d = documents.get(g.getJsonNumber("documentId").longValue());
      Party party = partiesByName.get(g.getString("party"));
      if (d == null || party == null) {
        problems.add(
            "designation " + g.get("id") + " names a transcript or party not in the archive");
        continue;
      }
      Designation designation =
          new Designation(
              d,
              party,
              DesignationKind.valueOf(g.getString("kind")),
              g.getInt("pageFrom"),
              g.getInt("lineFrom"),
              g.getInt("pageTo"),
              g.getInt("lineTo"),
              g.getString("createdBy"));
      if (g.containsKey("objection")) {
        designation.objectTo(g.getString("objection"));
      }
      if (g.containsKey("ruling")) {
        designation.rule(g.getString("ruling"));
      }
      designation.keepArchivedRecord(Instant.parse(g.getString("createdAt")));
      repository.add(designation);
    }
  }

  private void restoreRedactions(List<JsonObject> archived) {
    JpaRedactionRepository repository = new JpaRedactionRepository(em);
    for (JsonObject r : archived) {
      Document d = documents.get(r.getJsonNumber("documentId").longValue());
      if (d == null) {
        problems.add("redaction " + r.get("id") + " is of a document not in the archive");
        continue;
      }
      RedactionReason reason = RedactionReason.valueOf(r.getString("reason"));
      Redaction redaction;
      if (r.containsKey("box")) {
        JsonObject b = r.getJsonObject("box");
        redaction =
            Redaction.box(
                d,
                r.getInt("firstPage"),
                b.getJsonNumber("x").doubleValue(),
                b.getJsonNumber("y").doubleValue(),
                b.getJsonNumber("width").doubleValue(),
                b.getJsonNumber("height").doubleValue(),
                reason,
                r.getString("createdBy"));
      } else {
        redaction =
            Redaction.words(
                d,
                r.getInt("firstPage"),
                r.getInt("startOffset"),
                r.getInt("lastPage"),
                r.getInt("endOffset"),
                r.getString("quote"),
                reason,
                r.getString("createdBy"));
        if (!redaction.getQuote().equals(r.getString("quote"))) {
          problems.add(
              "redaction "
                  + r.get("id")
                  + " covers '"
                  + redaction.getQuote()
                  + "' here, not '"
                  + r.getString("quote")
                  + "'");
        }
      }
      redaction.keepArchivedRecord(Instant.parse(r.getString("createdAt")));
      repository.add(redaction);
      redactions.put(r.getJsonNumber("id").longValue(), redaction);
    }
  }

  private void restoreAudit() {
    JpaArchiveRepository repository = new JpaArchiveRepository(em);
    int position = 0;
    for (JsonObject r : json("audit.json").asJsonArray().getValuesAs(JsonObject.class)) {
      long archivedId = r.getJsonNumber("subjectId").longValue();
      repository.add(
          new ArchivedChange(
              matter,
              position++,
              r.getJsonNumber("revision").longValue(),
              r.getString("subject"),
              // An entry about something removed before an earlier archive stays about nothing.
              r.getBoolean("subjectRestored", true)
                  ? subjectHere(r.getString("subject"), archivedId)
                  : null,
              archivedId,
              r.getString("change"),
              Instant.parse(r.getString("at")),
              r.getString("by", null),
              r.getJsonArray("changes").toString()));
    }
  }

  /** The id here of what an audit entry is about; null for one removed before the archive. */
  private Long subjectHere(String subject, long archivedId) {
    Object here =
        switch (subject) {
          case "matter" -> matter;
          case "party" -> parties.get(archivedId);
          case "claim" -> claims.get(archivedId);
          case "document" -> documents.get(archivedId);
          case "passage" -> passages.get("urn:pincite:passage:" + archivedId);
          case "fact" -> facts.get(archivedId);
          case "redaction" -> redactions.get(archivedId);
          default -> null;
        };
    Long id =
        here instanceof Matter x
            ? x.getId()
            : here instanceof Party x
                ? x.getId()
                : here instanceof Claim x
                    ? x.getId()
                    : here instanceof Document x
                        ? x.getId()
                        : here instanceof Annotation x
                            ? x.getId()
                            : here instanceof Fact x
                                ? x.getId()
                                : here instanceof Redaction x ? x.getId() : null;
    return id;
  }

  private static List<JsonObject> list(JsonObject m, String name) {
    JsonValue value = m.get(name);
    return value == null ? List.of() : value.asJsonArray().getValuesAs(JsonObject.class);
  }

  private JsonValue json(String name) {
    return Json.createReader(
            new StringReader(new String(entries.get(name), StandardCharsets.UTF_8)))
        .readValue();
  }
}
