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
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.Page;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;

/**
 * Writes a matter's archive as one ZIP: {@code matter.json} (caption, court, docket number,
 * parties, claims, documents, the names of the users it mentions), {@code originals/<sha256>},
 * {@code pages/<document>/<n>.txt}, {@code annotations.jsonld} ({@link WebAnnotations}), {@code
 * audit.json} (every change, by whom and when, values before and after) and, last, {@code
 * manifest.json} with the SHA-256 and size of every other entry.
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
      List<Annotation> passages,
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
          Json.createObjectBuilder().add("name", p.getName()).add("role", p.getRole().name()));
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
      if (d.getDocumentDate() != null) {
        document.add("documentDate", d.getDocumentDate().toString());
      }
      documents.add(document);
    }
    for (Annotation a : contents.passages()) {
      users.add(a.getAuthor());
      if (a.getUpdatedBy() != null) {
        users.add(a.getUpdatedBy());
      }
    }
    contents.audit().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.containsKey("by") && !r.isNull("by"))
        .forEach(r -> users.add(r.getString("by")));
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
        // Names only: an archive never holds a password hash or an API token.
        .add("users", Json.createArrayBuilder(new LinkedHashSet<>(users)))
        .build();
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
