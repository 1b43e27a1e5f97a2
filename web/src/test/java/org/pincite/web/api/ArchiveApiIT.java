package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * {@code GET /api/matters/{id}/archive} from outside: administrators get the whole matter as one
 * ZIP whose manifest hashes every entry, with the original under its hash and the passages at
 * {@code annotations.jsonld}; the matter's own paralegal is refused.
 */
class ArchiveApiIT {
  @Test
  void anAdministratorDownloadsTheMatterAsOneZipAndAParalegalIsRefused() throws Exception {
    TestMatter matter = TestMatter.small("archive");
    long note = matter.documentFile("case-note.txt");
    String text =
        Api.object(matter.admin().get("api/documents/" + note + "/pages/1")).getString("text");
    int from = text.indexOf("OpenAI");
    HttpResponse<String> marked =
        matter
            .paralegal()
            .post(
                "api/documents/" + note + "/annotations",
                Json.createObjectBuilder()
                    .add("startPage", 1)
                    .add("startOffset", from)
                    .add("endPage", 1)
                    .add("endOffset", from + 6)
                    .add("stance", "CONTEXT")
                    .add("claimIds", Json.createArrayBuilder().add(matter.claimIdOfFirst()))
                    .build()
                    .toString());
    assertEquals(201, marked.statusCode(), marked.body());

    HttpResponse<byte[]> archive =
        matter.admin().getBytes("api/matters/" + matter.id() + "/archive");
    assertEquals(200, archive.statusCode());
    assertEquals("application/zip", archive.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        archive.headers().firstValue("Content-Disposition").orElse("").contains(".pincite.zip"));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.body()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    String sha256 =
        matter.detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getJsonNumber("id").longValue() == note)
            .findFirst()
            .orElseThrow()
            .getString("sha256");
    assertEquals(sha256, sha256(entries.get("originals/" + sha256)));
    JsonObject manifest = json(entries.get("manifest.json"));
    for (JsonObject file : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
      assertEquals(
          file.getString("sha256"), sha256(entries.get(file.getString("path"))), file.toString());
    }
    JsonObject annotations = json(entries.get("annotations.jsonld"));
    assertEquals(1, annotations.getInt("total"));
    assertEquals(
        "OpenAI",
        annotations
            .getJsonObject("first")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("target")
            .getJsonArray("selector")
            .getJsonObject(0)
            .getJsonObject("refinedBy")
            .getString("exact"));

    assertEquals(
        403, matter.paralegal().getBytes("api/matters/" + matter.id() + "/archive").statusCode());
  }

  /**
   * An archive exported over HTTP and posted back under another docket number restores as a new
   * matter with the same original and a passage at the same UTF-16 offsets and quote past an emoji;
   * one byte of its original changed is REFUSED naming the original, a file that is no archive is
   * REFUSED saying so, and a paralegal may not import.
   */
  @Test
  void anArchivePostedBackRestoresAsANewMatterAndATamperedOneIsRefused() throws Exception {
    TestMatter matter = TestMatter.small("archive-import");
    String fiction = "Fiction: the board \uD83D\uDE42 agreed to keep the lab open.\n";
    long note =
        matter.upload("emoji-note.txt", fiction.getBytes(StandardCharsets.UTF_8), null, null);
    matter.admin().awaitExtraction(matter.id());
    matter.markOnFirstPage(note, "agreed to keep", "SUPPORTS", matter.claimIdOfFirst());
    JsonObject marked =
        Api.array(matter.admin().get("api/documents/" + note + "/annotations")).getJsonObject(0);
    byte[] archive = matter.admin().getBytes("api/matters/" + matter.id() + "/archive").body();

    JsonObject restored =
        finished(
            matter
                .admin()
                .multipart(
                    "api/archives",
                    "archive.pincite.zip",
                    archive,
                    Map.of("docketNumber", matter.docket() + "-RESTORED")));
    assertEquals("RESTORED", restored.getString("status"), restored.toString());
    long matterId = restored.getJsonNumber("matterId").longValue();
    JsonObject copy = Api.object(matter.admin().get("api/matters/" + matterId));
    assertEquals(matter.docket() + "-RESTORED", copy.getString("docketNumber"));
    JsonObject document =
        copy.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("title").equals(titleOf(matter, note)))
            .findFirst()
            .orElseThrow();
    JsonObject again =
        Api.array(
                matter
                    .admin()
                    .get("api/documents/" + document.getJsonNumber("id") + "/annotations"))
            .getJsonObject(0);
    for (String field : List.of("startPage", "startOffset", "endPage", "endOffset", "quote")) {
      assertEquals(marked.get(field), again.get(field), field);
    }
    assertEquals(fiction.indexOf("agreed"), again.getInt("startOffset"), "UTF-16, not code points");
    // The history the archive carried comes first, as it was recorded, then the restore's own.
    List<JsonObject> before =
        Api.array(matter.admin().get("api/documents/" + note + "/history"))
            .getValuesAs(JsonObject.class);
    List<JsonObject> after =
        Api.array(matter.admin().get("api/documents/" + document.getJsonNumber("id") + "/history"))
            .getValuesAs(JsonObject.class);
    assertTrue(after.size() > before.size(), after.toString());
    for (int i = 0; i < before.size(); i++) {
      for (String field : List.of("revision", "subject", "change", "at", "by", "changes")) {
        assertEquals(before.get(i).get(field), after.get(i).get(field), "entry " + i + " " + field);
      }
    }

    // One byte of the original changed.
    String sha256 = document.getString("sha256");
    Map<String, byte[]> entries = unzip(archive);
    byte[] original = entries.get("originals/" + sha256).clone();
    original[2] ^= 1;
    entries.put("originals/" + sha256, original);
    JsonObject tampered =
        finished(matter.admin().multipart("api/archives", "tampered.zip", zip(entries), Map.of()));
    assertEquals("REFUSED", tampered.getString("status"), tampered.toString());
    assertTrue(
        tampered.getJsonArray("problems").getString(0).startsWith("originals/" + sha256 + ":"),
        tampered.toString());
    assertFalse(tampered.containsKey("matterId") && !tampered.isNull("matterId"));

    JsonObject notAnArchive =
        finished(
            matter
                .admin()
                .multipart(
                    "api/archives",
                    "letter.txt",
                    "Fiction.".getBytes(StandardCharsets.UTF_8),
                    Map.of()));
    assertEquals("REFUSED", notAnArchive.getString("status"));
    assertTrue(
        notAnArchive.getJsonArray("problems").getString(0).contains("manifest.json is missing"),
        notAnArchive.toString());

    assertEquals(
        403, matter.paralegal().multipart("api/archives", "a.zip", archive, Map.of()).statusCode());
    assertEquals(404, matter.admin().get("api/archives/987654321").statusCode());
    assertEquals(
        400, matter.admin().multipart("api/archives", "a.zip", new byte[0], Map.of()).statusCode());
  }

  /** Follows an import from its 202 until it is RESTORED or REFUSED. */
  private static JsonObject finished(HttpResponse<String> started) throws InterruptedException {
    assertEquals(202, started.statusCode(), started.body());
    long id = Api.object(started).getJsonNumber("id").longValue();
    assertTrue(started.headers().firstValue("Location").orElse("").endsWith("/api/archives/" + id));
    Api admin = Api.admin(org.pincite.web.testing.TestServer.url());
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
    while (true) {
      JsonObject status = Api.object(admin.get("api/archives/" + id));
      String s = status.getString("status");
      if (s.equals("RESTORED") || s.equals("REFUSED")) {
        return status;
      }
      assertTrue(System.nanoTime() < until, "import " + id + " still " + s);
      Thread.sleep(200);
    }
  }

  private static String titleOf(TestMatter matter, long documentId) {
    return matter.detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getJsonNumber("id").longValue() == documentId)
        .findFirst()
        .orElseThrow()
        .getString("title");
  }

  private static Map<String, byte[]> unzip(byte[] archive) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static JsonObject json(byte[] content) {
    return Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))
        .readObject();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
