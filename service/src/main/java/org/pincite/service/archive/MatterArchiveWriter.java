package org.pincite.service.archive;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactSource;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.Transcript;

/**
 * Writes a matter's archive as one ZIP: {@code matter.json} (caption, court, docket number,
 * parties, claims, documents with their transcripts' particulars, what the annotations cannot say
 * of each passage, facts, designations, the names of the users it mentions), {@code
 * originals/<sha256>}, {@code pages/<document>/<n>.txt} (and {@code <n>.lines.json}, the numbered
 * lines of a transcript's page: printed page, line, start, end), {@code annotations.jsonld} ({@link
 * WebAnnotations}), {@code audit.json} (every change, by whom and when, values before and after)
 * and, last, {@code manifest.json} with the SHA-256 and size of every other entry.
 */
public final class MatterArchiveWriter {
  public static final String FORMAT = "pincite-matter-archive/1";

  /** Where the originals' bytes come from (the store, which checks their hash as they are read). */
  public interface Originals {
    InputStream open(String sha256) throws IOException;
  }

  /** What goes into one archive. */
  public record Contents(
      Matter matter,
      List<Claim> claims,
      List<Document> documents,
      Map<Long, Transcript> transcripts,
      List<Annotation> passages,
      List<Fact> facts,
      List<Designation> designations,
      List<Redaction> redactions,
      JsonArray audit) {}

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private final ZipOutputStream zip;
  private final JsonArrayBuilder manifest = Json.createArrayBuilder();

  private MatterArchiveWriter(OutputStream out) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
  }

  public static void write(Contents contents, Originals originals, OutputStream out)
      throws IOException {
    MatterArchiveWriter writer = new MatterArchiveWriter(out);
    writer.json("matter.json", matter(contents));
    Set<String> written = new TreeSet<>();
    for (Document d : sorted(contents.documents())) {
      String sha256 = d.getOriginal().getSha256();
      if (written.add(sha256)) {
        try (InputStream in = originals.open(sha256)) {
          writer.entry("originals/" + sha256, in);
        }
      }
      for (Page page : d.getPages()) {
        writer.bytes(
            "pages/" + d.getId() + "/" + page.getNumber() + ".txt",
            page.getText().getBytes(StandardCharsets.UTF_8));
        if (page.isLineNumbered()) {
          JsonArrayBuilder lines = Json.createArrayBuilder();
          for (NumberedLine l : page.getLines()) {
            lines.add(
                Json.createArrayBuilder()
                    .add(l.getPrintedPage())
                    .add(l.getNumber())
                    .add(l.getStart())
                    .add(l.getEnd()));
          }
          writer.json("pages/" + d.getId() + "/" + page.getNumber() + ".lines.json", lines.build());
        }
      }
    }
    Matter m = contents.matter();
    writer.json(
        "annotations.jsonld",
        WebAnnotations.collection(
            "Passages of " + m.getCaption() + " (" + m.getDocketNumber() + ")",
            "urn:pincite:matter:" + m.getId() + ":passages",
            contents.passages()));
    writer.json("audit.json", contents.audit());
    writer.finish(m);
  }

  private static List<Document> sorted(List<Document> documents) {
    return documents.stream().sorted(Comparator.comparing(Document::getId)).toList();
  }

  private static JsonObject matter(Contents contents) {
    Matter m = contents.matter();
    JsonArrayBuilder parties = Json.createArrayBuilder();
    for (Party p : m.getParties()) {
      parties.add(
          Json.createObjectBuilder()
              .add("id", p.getId())
              .add("name", p.getName())
              .add("role", p.getRole().name()));
    }
    JsonArrayBuilder claims = Json.createArrayBuilder();
    for (Claim c : contents.claims().stream().sorted(Comparator.comparing(Claim::getId)).toList()) {
      JsonObjectBuilder claim =
          Json.createObjectBuilder()
              .add("id", c.getId())
              .add("kind", c.getKind().name())
              .add("label", c.getLabel())
              .add("position", c.getPosition());
      c.getParent().ifPresent(parent -> claim.add("parentId", parent.getId()));
      optional(claim, "text", c.getText());
      if (c.getAssertedBy() != null) {
        claim.add("assertedBy", c.getAssertedBy().getName());
      }
      claims.add(claim);
    }
    JsonArrayBuilder documents = Json.createArrayBuilder();
    Set<String> users = new TreeSet<>();
    for (Document d : sorted(contents.documents())) {
      JsonObjectBuilder document =
          Json.createObjectBuilder()
              .add("id", d.getId())
              .add("title", d.getTitle())
              .add("kind", d.getKind().name())
              .add("type", d.getType().name())
              .add("status", d.getStatus().name())
              .add("pageCount", d.getPageCount())
              .add("fileName", d.getOriginal().getFileName())
              .add("mediaType", d.getOriginal().getMediaType())
              .add("size", d.getOriginal().getSize())
              .add("sha256", d.getOriginal().getSha256())
              .add("addedAt", WebAnnotations.instant(d.getAddedAt()));
      d.getParent().ifPresent(parent -> document.add("parentId", parent.getId()));
      optional(document, "statusReason", d.getStatusReason());
      optional(document, "author", d.getAuthor());
      optional(document, "exhibitLabel", d.getExhibitLabel());
      optional(document, "shortCite", d.getShortCite());
      optional(document, "reporterCite", d.getReporterCite());
      if (d.getDocumentDate() != null) {
        document.add("documentDate", d.getDocumentDate().toString());
      }
      if (!d.getPageLabels().isEmpty()) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        d.getPageLabels().forEach(l -> labels.add(l == null ? "" : l));
        document.add("pageLabels", labels);
      }
      email(d).ifPresent(e -> document.add("email", e));
      d.getBates()
          .ifPresent(
              b ->
                  document.add(
                      "bates",
                      Json.createObjectBuilder()
                          .add("begin", b.begin().format())
                          .add("end", b.end().format())));
      optional(document, "production", d.getProduction());
      optional(document, "custodian", d.getCustodian());
      d.getConfidentiality().ifPresent(c -> document.add("confidentiality", c.name()));
      Transcript t = contents.transcripts().get(d.getId());
      if (t != null) {
        JsonObjectBuilder transcript =
            Json.createObjectBuilder()
                .add("kind", t.getKind().name())
                .add("volume", t.getVolume())
                .add("firstPage", t.getFirstPage());
        optional(transcript, "witness", t.getWitness());
        if (t.getTakenOn() != null) {
          transcript.add("takenOn", t.getTakenOn().toString());
        }
        if (t.getTrialDay() != null) {
          transcript.add("trialDay", t.getTrialDay());
        }
        document.add("transcript", transcript);
      }
      documents.add(document);
    }
    // What the Web Annotations cannot say: which document (two may hold the same original) and
    // who changed the passage last.
    JsonArrayBuilder passages = Json.createArrayBuilder();
    for (Annotation a :
        contents.passages().stream().sorted(Comparator.comparing(Annotation::getId)).toList()) {
      users.add(a.getAuthor());
      users.add(a.getUpdatedBy());
      JsonObjectBuilder passage =
          Json.createObjectBuilder()
              .add("id", WebAnnotations.idOf(a))
              .add("documentId", a.getDocument().getId())
              .add("modifiedBy", a.getUpdatedBy());
      if (a.isOrphaned()) {
        // Not found in its document's newer text: kept where it was, as Pincite counts (UTF-16).
        Passage p = a.getPassage();
        passage
            .add("orphaned", true)
            .add("orphanReason", a.getOrphanReason() == null ? "" : a.getOrphanReason())
            .add("startPage", p.getStartPage())
            .add("startOffset", p.getStartOffset())
            .add("endPage", p.getEndPage())
            .add("endOffset", p.getEndOffset());
      }
      passages.add(passage);
    }
    JsonArrayBuilder facts = Json.createArrayBuilder();
    for (Fact f : contents.facts().stream().sorted(Comparator.comparing(Fact::getId)).toList()) {
      users.add(f.getAuthor());
      users.add(f.getUpdatedBy());
      facts.add(fact(f));
    }
    JsonArrayBuilder designations = Json.createArrayBuilder();
    for (Designation g :
        contents.designations().stream()
            .sorted(Comparator.comparing(Designation::getId))
            .toList()) {
      users.add(g.getCreatedBy());
      JsonObjectBuilder designation =
          Json.createObjectBuilder()
              .add("id", g.getId())
              .add("documentId", g.getDocument().getId())
              .add("party", g.getParty().getName())
              .add("kind", g.getKind().name())
              .add("pageFrom", g.getPageFrom())
              .add("lineFrom", g.getLineFrom())
              .add("pageTo", g.getPageTo())
              .add("lineTo", g.getLineTo())
              .add("createdBy", g.getCreatedBy())
              .add("createdAt", g.getCreatedAt().toString());
      optional(designation, "objection", g.getObjection());
      optional(designation, "ruling", g.getRuling());
      designations.add(designation);
    }
    contents.audit().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.containsKey("by") && !r.isNull("by"))
        .forEach(r -> users.add(r.getString("by")));
    JsonArrayBuilder redactions = Json.createArrayBuilder();
    for (Redaction r :
        contents.redactions().stream().sorted(Comparator.comparing(Redaction::getId)).toList()) {
      users.add(r.getCreatedBy());
      redactions.add(redaction(r));
    }
    JsonObjectBuilder matter =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("caption", m.getCaption())
            .add("court", m.getCourt())
            .add("docketNumber", m.getDocketNumber());
    if (m.getFiledOn() != null) {
      matter.add("filedOn", m.getFiledOn().toString());
    }
    return matter
        .add("parties", parties)
        .add("claims", claims)
        .add("documents", documents)
        .add("passages", passages)
        .add("facts", facts)
        .add("designations", designations)
        .add("redactions", redactions)
        // Names only: an archive never holds a password hash or an API token.
        .add("users", Json.createArrayBuilder(new LinkedHashSet<>(users)))
        .build();
  }

  private static JsonObject redaction(Redaction r) {
    JsonObjectBuilder redaction =
        Json.createObjectBuilder()
            .add("id", r.getId())
            .add("documentId", r.getDocument().getId())
            .add("shape", r.getShape().name())
            .add("reason", r.getReason().name())
            .add("firstPage", r.getFirstPage())
            .add("lastPage", r.getLastPage())
            .add("createdBy", r.getCreatedBy())
            .add("createdAt", r.getCreatedAt().toString());
    r.getBox()
        .ifPresent(
            b ->
                redaction.add(
                    "box",
                    Json.createObjectBuilder()
                        .add("x", b.x())
                        .add("y", b.y())
                        .add("width", b.width())
                        .add("height", b.height())));
    if (r.getStartOffset() != null) {
      redaction
          .add("startOffset", r.getStartOffset())
          .add("endOffset", r.getEndOffset())
          .add("quote", r.getQuote());
    }
    return redaction.build();
  }

  private static JsonObject fact(Fact f) {
    JsonObjectBuilder date =
        Json.createObjectBuilder().add("precision", f.getDate().precision().name());
    if (f.getDate().from() != null) {
      date.add("from", f.getDate().from().toString());
    }
    if (f.getDate().to() != null) {
      date.add("to", f.getDate().to().toString());
    }
    JsonArrayBuilder claims = Json.createArrayBuilder();
    f.getClaims()
        .forEach(
            c ->
                claims.add(
                    Json.createObjectBuilder()
                        .add("claimId", c.getClaim().getId())
                        .add("stance", c.getStance().name())));
    JsonArrayBuilder sources = Json.createArrayBuilder();
    f.getSources().stream()
        .sorted(Comparator.comparingInt(FactSource::getPosition))
        .forEach(
            s ->
                sources.add(
                    Json.createObjectBuilder()
                        .add("passage", WebAnnotations.idOf(s.getPassage()))
                        .add("role", s.getRole().name())));
    return Json.createObjectBuilder()
        .add("id", f.getId())
        .add("number", f.getNumber())
        .add("text", f.getText())
        .add("date", date)
        .add("status", f.getStatus().name())
        .add("material", f.isMaterial())
        .add("key", f.isKey())
        .add("claims", claims)
        .add("sources", sources)
        .add("author", f.getAuthor())
        .add("createdAt", f.getCreatedAt().toString())
        .add("updatedAt", f.getUpdatedAt().toString())
        .add("updatedBy", f.getUpdatedBy())
        .build();
  }

  private static java.util.Optional<JsonObject> email(Document d) {
    return d.getEmail().map(MatterArchiveWriter::email);
  }

  private static JsonObject email(EmailHeaders e) {
    JsonObjectBuilder email = Json.createObjectBuilder();
    optional(email, "from", e.getFrom());
    optional(email, "to", e.getTo());
    optional(email, "cc", e.getCc());
    if (e.getSentAt() != null) {
      email.add("sentAt", e.getSentAt().toString());
    }
    optional(email, "subject", e.getSubject());
    optional(email, "messageId", e.getMessageId());
    return email.build();
  }

  private static void optional(JsonObjectBuilder builder, String name, String value) {
    if (value != null) {
      builder.add(name, value);
    }
  }

  private void json(String name, JsonStructure value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer = PRETTY.createWriter(out, StandardCharsets.UTF_8)) {
      writer.write(value);
    }
    bytes(name, out.toByteArray());
  }

  private void bytes(String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
    manifest.add(
        Json.createObjectBuilder()
            .add("path", name)
            .add("sha256", HexFormat.of().formatHex(sha256().digest(content)))
            .add("size", content.length));
  }

  private void entry(String name, InputStream in) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      zip.write(buffer, 0, n);
      digest.update(buffer, 0, n);
      size += n;
    }
    zip.closeEntry();
    manifest.add(
        Json.createObjectBuilder()
            .add("path", name)
            .add("sha256", HexFormat.of().formatHex(digest.digest()))
            .add("size", size));
  }

  private void finish(Matter m) throws IOException {
    json(
        "manifest.json",
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("docketNumber", m.getDocketNumber())
            .add("files", manifest)
            .build());
    zip.finish();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
