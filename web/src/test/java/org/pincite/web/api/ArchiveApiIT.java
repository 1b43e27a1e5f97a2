package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  private static JsonObject json(byte[] content) {
    return Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))
        .readObject();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
