package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.pincite.service.loadfile.DatWriter;
import org.pincite.service.loadfile.OptLine;
import org.pincite.service.loadfile.OptWriter;
import org.pincite.service.loadfile.VolumePath;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionVolume;
import org.pincite.web.testing.TestMatter;

/**
 * Deliverable 8's round trip, the import half: a matter's documents (an email with an attachment
 * and a note, fiction written by the test) leave as a volume in deliverable 5's layout ({@code
 * VOL001/DATA/VOL001.dat} and {@code .opt} written by the codec's writers with deliverable 5's
 * fields, one single-page TIFF per page under {@code IMAGES/001/}, {@code TEXT/<first Bates>.txt}
 * with form feeds between pages, the originals under {@code NATIVES/}) and are imported into
 * another matter: the same documents (originals by SHA-256), page texts, families, Bates numbers
 * and fields come back. And the whole round trip through Pincite's own productions (deliverable 2's
 * API): the volume a production of one matter downloads imports into another with the same
 * documents, page texts, families, Bates numbers, endorsements and fields.
 */
class ProductionRoundTripIT {
  /** Deliverable 5's DAT fields, in its order. */
  static final List<String> FIELDS =
      List.of(
          "BEGBATES",
          "ENDBATES",
          "BEGATTACH",
          "ENDATTACH",
          "PARENT_BATES",
          "CUSTODIAN",
          "FROM",
          "TO",
          "CC",
          "BCC",
          "SUBJECT",
          "DATESENT",
          "TITLE",
          "AUTHOR",
          "DOCDATE",
          "FILENAME",
          "DOCTYPE",
          "PAGECOUNT",
          "CONFIDENTIALITY",
          "REDACTED",
          "WITHHELD",
          "SHA256",
          "MD5HASH",
          "TEXTPATH",
          "NATIVEPATH",
          "PRODUCTION");

  private static final String EMAIL =
      String.join(
          "\r\n",
          "From: Jane Roe <jane@roe.example>",
          "To: John Doe <john@doe.example>",
          "Subject: Round trip of the widget terms (fiction)",
          "Date: Thu, 01 Feb 2018 10:15:00 +0000",
          "Message-ID: <round-trip-1@roe.example>",
          "MIME-Version: 1.0",
          "Content-Type: multipart/mixed; boundary=\"b1\"",
          "",
          "--b1",
          "Content-Type: text/plain; charset=UTF-8",
          "",
          "John, the widget terms are attached. Jane",
          "--b1",
          "Content-Type: text/plain; charset=UTF-8",
          "Content-Disposition: attachment; filename=\"terms.txt\"",
          "",
          "Terms: forty widgets a week, delivered to the Roe warehouse.",
          "--b1--",
          "");

  /** A source document as the producing matter holds it. */
  private record Source(
      JsonObject row,
      List<String> pages,
      byte[] original,
      Long parentId,
      String begBates,
      String endBates) {}

  @Test
  void documentsProducedFromOneMatterImportIntoAnotherWithTheirTextsFamiliesBatesAndFields()
      throws IOException {
    TestMatter from = TestMatter.small("round-trip-from");
    from.upload("terms-email.eml", EMAIL.getBytes(StandardCharsets.UTF_8), "EVIDENCE", "EMAIL");
    from.admin().awaitExtraction(from.id());
    Api source = from.admin();
    List<JsonObject> rows =
        Api.object(source.get("api/matters/" + from.id()))
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class);
    assertEquals(3, rows.size(), "the note, the email and its attachment: " + rows);

    // Families together, each parent before its attachments; numbered contiguously.
    List<JsonObject> ordered = new ArrayList<>();
    for (JsonObject r : rows) {
      if (!r.containsKey("parentId") || r.isNull("parentId")) {
        ordered.add(r);
        rows.stream()
            .filter(
                c ->
                    c.containsKey("parentId")
                        && !c.isNull("parentId")
                        && c.getJsonNumber("parentId").longValue()
                            == r.getJsonNumber("id").longValue())
            .forEach(ordered::add);
      }
    }
    List<Source> sources = new ArrayList<>();
    long next = 1;
    for (JsonObject r : ordered) {
      long id = r.getJsonNumber("id").longValue();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= r.getInt("pageCount"); p++) {
        pages.add(Api.object(source.get("api/documents/" + id + "/pages/" + p)).getString("text"));
      }
      byte[] original = source.getBytes("api/documents/" + id + "/original").body();
      String beg = String.format("RTP%07d", next);
      String end = String.format("RTP%07d", next + pages.size() - 1);
      next += pages.size();
      sources.add(
          new Source(
              r,
              pages,
              original,
              r.containsKey("parentId") && !r.isNull("parentId")
                  ? r.getJsonNumber("parentId").longValue()
                  : null,
              beg,
              end));
    }

    byte[] volume = volume(sources, source);
    TestMatter into = TestMatter.small("round-trip-into");
    JsonObject report = ImportApiIT.upload(into.paralegal(), into.id(), "VOL001.zip", volume);
    assertEquals(List.of(), ImportApiIT.codes(report), report.toString());
    long importId = report.getJsonNumber("id").longValue();
    assertEquals(
        202, into.paralegal().post("api/imports/" + importId + "/commit", "").statusCode());
    JsonObject imported = ImportApiIT.settled(into.paralegal(), importId);
    assertEquals("IMPORTED", imported.getString("status"), imported.toString());

    Map<String, Long> importedByBates = new HashMap<>();
    imported
        .getJsonArray("documents")
        .getValuesAs(JsonObject.class)
        .forEach(
            d ->
                importedByBates.put(
                    d.getString("begBates"), d.getJsonNumber("documentId").longValue()));
    Map<Long, String> sourceBates = new HashMap<>();
    sources.forEach(s -> sourceBates.put(s.row().getJsonNumber("id").longValue(), s.begBates()));
    Api api = into.paralegal();
    for (Source s : sources) {
      long id = importedByBates.get(s.begBates());
      JsonObject detail = Api.object(api.get("api/documents/" + id));
      JsonObject d = detail.getJsonObject("document");
      String what = s.begBates() + " " + d;
      assertEquals(
          s.row().getString("sha256"), d.getString("sha256"), "the same original: " + what);
      assertEquals(s.row().getString("title"), d.getString("title"), what);
      assertEquals(s.begBates(), d.getString("begBates"), what);
      assertEquals(s.endBates(), d.getString("endBates"), what);
      assertEquals("Roe Production 1", d.getString("production"), what);
      assertEquals("Jane Roe", d.getString("custodian"), what);
      assertEquals("CONFIDENTIAL", d.getString("confidentiality"), what);
      assertEquals(s.pages().size(), d.getInt("pageCount"), what);
      for (int p = 1; p <= s.pages().size(); p++) {
        assertEquals(
            s.pages().get(p - 1),
            Api.object(api.get("api/documents/" + id + "/pages/" + p)).getString("text"),
            "page " + p + " of " + s.begBates());
      }
      if (s.parentId() == null) {
        assertTrue(!d.containsKey("parentId") || d.isNull("parentId"), what);
      } else {
        assertEquals(
            (long) importedByBates.get(sourceBates.get(s.parentId())),
            d.getJsonNumber("parentId").longValue(),
            "the family is rebuilt: " + what);
      }
      JsonObject sourceDetail =
          Api.object(source.get("api/documents/" + s.row().getJsonNumber("id").longValue()));
      if (sourceDetail.containsKey("email") && !sourceDetail.isNull("email")) {
        JsonObject se = sourceDetail.getJsonObject("email");
        JsonObject ie = detail.getJsonObject("email");
        assertEquals(se.getString("from"), ie.getString("from"), what);
        assertEquals(se.getString("to"), ie.getString("to"), what);
        assertEquals(se.getString("subject"), ie.getString("subject"), what);
        assertEquals(
            java.time.OffsetDateTime.parse(se.getString("sentAt")).toInstant(),
            java.time.OffsetDateTime.parse(ie.getString("sentAt")).toInstant(),
            what);
      }
    }
  }

  @Test
  void aVolumePinciteProducedImportsIntoAnotherMatterAsTheSameDocuments() throws Exception {
    TestMatter from = TestMatter.small("round-trip-produced");
    long email =
        from.upload("terms-email.eml", EMAIL.getBytes(StandardCharsets.UTF_8), "EVIDENCE", "EMAIL");
    from.admin().awaitExtraction(from.id());
    long note = from.documentFile("case-note.txt");
    Api producer = from.paralegal();
    String request =
        jakarta.json.Json.createObjectBuilder()
            .add("name", "Roe Production 2 (fiction)")
            .add("prefix", "RTQ")
            .add("startNumber", 1)
            .add("padding", 7)
            .add("documentIds", jakarta.json.Json.createArrayBuilder().add(note).add(email))
            .add(
                "endorsements",
                jakarta.json.Json.createObjectBuilder().add(Long.toString(email), "CONFIDENTIAL"))
            .add("withheld", jakarta.json.Json.createArrayBuilder())
            .add("images", "pdf")
            .build()
            .toString();
    java.net.http.HttpResponse<String> created =
        producer.post("api/matters/" + from.id() + "/productions", request);
    // Until deliverable 2 (branch issue16-productions) is merged beside this one, there is no
    // productions API to produce with; once it is, this round trip runs in full.
    org.junit.jupiter.api.Assumptions.assumeFalse(
        created.statusCode() == 404 || created.statusCode() == 405,
        "no productions API in this build yet: " + created.statusCode());
    assertEquals(201, created.statusCode(), created.body());
    long production = Api.object(created).getJsonNumber("id").longValue();
    assertEquals(202, producer.post("api/productions/" + production + "/run", "").statusCode());
    JsonObject done = null;
    for (int i = 0; i < 480 && done == null; i++) {
      JsonObject p = Api.object(producer.get("api/productions/" + production));
      if (!p.getString("status").equals("DRAFT") && !p.getString("status").equals("RUNNING")) {
        done = p;
      } else {
        Thread.sleep(250);
      }
    }
    assertEquals("DONE", done == null ? "RUNNING" : done.getString("status"), String.valueOf(done));
    byte[] volume = producer.getBytes("api/productions/" + production + "/volume").body();

    TestMatter into = TestMatter.small("round-trip-produced-into");
    JsonObject report = ImportApiIT.upload(into.paralegal(), into.id(), "produced.zip", volume);
    assertEquals("VALIDATED", report.getString("status"), report.toString());
    assertEquals(0, report.getInt("blockingProblems"), report.toString());
    long importId = report.getJsonNumber("id").longValue();
    assertEquals(
        202, into.paralegal().post("api/imports/" + importId + "/commit", "").statusCode());
    JsonObject imported = ImportApiIT.settled(into.paralegal(), importId);
    assertEquals("IMPORTED", imported.getString("status"), imported.toString());
    Map<String, Long> importedByBates = new HashMap<>();
    imported
        .getJsonArray("documents")
        .getValuesAs(JsonObject.class)
        .forEach(
            d ->
                importedByBates.put(
                    d.getString("begBates"), d.getJsonNumber("documentId").longValue()));

    Map<Long, String> producedBates = new HashMap<>();
    List<JsonObject> produced = done.getJsonArray("documents").getValuesAs(JsonObject.class);
    produced.forEach(
        d -> producedBates.put(d.getJsonNumber("documentId").longValue(), d.getString("begBates")));
    assertEquals(produced.size(), importedByBates.size(), imported.toString());
    Api api = into.paralegal();
    for (JsonObject p : produced) {
      long sourceId = p.getJsonNumber("documentId").longValue();
      JsonObject sourceDetail = Api.object(producer.get("api/documents/" + sourceId));
      JsonObject s = sourceDetail.getJsonObject("document");
      Long id = importedByBates.get(p.getString("begBates"));
      assertTrue(id != null, "imported " + p);
      JsonObject detail = Api.object(api.get("api/documents/" + id));
      JsonObject d = detail.getJsonObject("document");
      String what = p.getString("begBates") + " " + d;
      assertEquals(p.getString("endBates"), d.getString("endBates"), what);
      assertEquals(s.getString("title"), d.getString("title"), what);
      assertEquals("Roe Production 2 (fiction)", d.getString("production"), what);
      assertEquals(s.getInt("pageCount"), d.getInt("pageCount"), what);
      for (int n = 1; n <= s.getInt("pageCount"); n++) {
        assertEquals(
            Api.object(producer.get("api/documents/" + sourceId + "/pages/" + n))
                .getString("text")
                .strip(),
            Api.object(api.get("api/documents/" + id + "/pages/" + n)).getString("text").strip(),
            "page " + n + " of " + what);
      }
      if (s.containsKey("parentId") && !s.isNull("parentId")) {
        assertEquals(
            (long) importedByBates.get(producedBates.get(s.getJsonNumber("parentId").longValue())),
            d.getJsonNumber("parentId").longValue(),
            "the family is rebuilt: " + what);
      } else {
        assertTrue(!d.containsKey("parentId") || d.isNull("parentId"), what);
      }
      if (sourceId == email) {
        assertEquals("CONFIDENTIAL", d.getString("confidentiality"), what);
        JsonObject se = sourceDetail.getJsonObject("email");
        JsonObject ie = detail.getJsonObject("email");
        assertEquals(se.getString("from"), ie.getString("from"), what);
        assertEquals(se.getString("subject"), ie.getString("subject"), what);
      }
    }
  }

  /** The volume as deliverable 5 lays it out, written with the codec's writers. */
  private static byte[] volume(List<Source> sources, Api source) throws IOException {
    Map<Long, Source> byId = new LinkedHashMap<>();
    sources.forEach(s -> byId.put(s.row().getJsonNumber("id").longValue(), s));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      ByteArrayOutputStream dat = new ByteArrayOutputStream();
      ByteArrayOutputStream opt = new ByteArrayOutputStream();
      DatWriter rows = new DatWriter(dat, FIELDS);
      OptWriter pages = new OptWriter(opt);
      for (Source s : sources) {
        Source familyHead = s.parentId() == null ? s : byId.get(s.parentId());
        String familyEnd = familyHead.endBates();
        for (Source member : sources) {
          if (member.parentId() != null
              && member.parentId().equals(familyHead.row().getJsonNumber("id").longValue())) {
            familyEnd = member.endBates();
          }
        }
        String textPath = "TEXT/" + s.begBates() + ".txt";
        put(
            zip,
            "VOL001/" + textPath,
            String.join("\f", s.pages()).getBytes(StandardCharsets.UTF_8));
        String fileName = s.row().getString("fileName");
        String nativePath =
            "NATIVES/" + s.begBates() + fileName.substring(Math.max(fileName.lastIndexOf('.'), 0));
        put(zip, "VOL001/" + nativePath, s.original());
        for (int p = 0; p < s.pages().size(); p++) {
          String bates = String.format("RTP%07d", Long.parseLong(s.begBates().substring(3)) + p);
          String image = "IMAGES/001/" + bates + ".tif";
          put(zip, "VOL001/" + image, FictionVolume.tiff(bates));
          pages.write(
              p == 0
                  ? OptLine.firstPage(
                      bates, "VOL001", VolumePath.toLoadFile(image), s.pages().size())
                  : OptLine.nextPage(bates, "VOL001", VolumePath.toLoadFile(image)));
        }
        JsonObject email =
            Api.object(source.get("api/documents/" + s.row().getJsonNumber("id").longValue()));
        JsonObject e =
            email.containsKey("email") && !email.isNull("email")
                ? email.getJsonObject("email")
                : null;
        rows.write(
            java.util.Arrays.asList(
                s.begBates(),
                s.endBates(),
                familyHead.begBates(),
                familyEnd,
                s.parentId() == null ? "" : familyHead.begBates(),
                "Jane Roe",
                e == null ? "" : e.getString("from"),
                e == null ? "" : e.getString("to"),
                "",
                "",
                e == null ? "" : e.getString("subject"),
                e == null ? "" : e.getString("sentAt"),
                s.row().getString("title"),
                "",
                "",
                fileName,
                s.row().getString("type"),
                Integer.toString(s.pages().size()),
                "CONFIDENTIAL",
                "N",
                "N",
                s.row().getString("sha256"),
                "",
                VolumePath.toLoadFile(textPath),
                VolumePath.toLoadFile(nativePath),
                "Roe Production 1"));
      }
      rows.flush();
      pages.flush();
      put(zip, "VOL001/DATA/VOL001.dat", dat.toByteArray());
      put(zip, "VOL001/DATA/VOL001.opt", opt.toByteArray());
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(content);
    zip.closeEntry();
  }
}
