package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionVolume;
import org.pincite.web.testing.TestMatter;

/**
 * Receiving a production through the API: a volume (fiction, written by the test: a Windows-1252
 * DAT without a byte-order mark, an OPT, TEXT files, a native, page images as TIFFs and as a PDF)
 * is checked, committed and becomes documents with their families, Bates ranges, custodians,
 * designations, email headers and page texts; its report names problems by line; commits are whole
 * or nothing; access and state are refused with clear answers.
 */
class ImportApiIT {
  private static final String DASH = "\u2013";
  private static TestMatter matter;

  @BeforeAll
  static void aMatter() {
    matter = TestMatter.small("imports");
  }

  /** The first production: an email with an attachment, and a memo that came only as a PDF. */
  static FictionVolume firstProduction(String volume, String prefix) {
    FictionVolume v =
        new FictionVolume(
                volume,
                "BEGBATES",
                "ENDBATES",
                "BEGATTACH",
                "ENDATTACH",
                "CUSTODIAN",
                "FROM",
                "TO",
                "SUBJECT",
                "DATESENT",
                "FILENAME",
                "DOCTYPE",
                "CONFIDENTIALITY",
                "TEXTPATH",
                "NATIVEPATH",
                "Notes")
            .inWindows1252();
    String emailText =
        v.text(prefix + "0000001", "Dear John, the widget terms.", "Caf\u00e9 at noon.");
    String attachmentText = v.text(prefix + "0000003", "Terms: 40 widgets a week.");
    String nativeFile =
        v.file("NATIVES/" + prefix + "0000003.txt", "Terms: 40 widgets a week.".getBytes());
    v.record(
            prefix + "0000001",
            prefix + "0000002",
            prefix + "0000001",
            prefix + "0000003",
            "Jane Roe",
            "Jane Roe <jane@roe.example>",
            "john@doe.example",
            "Widget contract " + DASH + " caf\u00e9 terms",
            "02/01/2018 10:15 AM",
            "",
            "Email",
            "CONFIDENTIAL",
            emailText,
            "",
            "line one\nline two")
        .record(
            prefix + "0000003",
            prefix + "0000003",
            prefix + "0000001",
            prefix + "0000003",
            "Jane Roe",
            "",
            "",
            "",
            "",
            "terms.txt",
            "Attachment",
            "",
            attachmentText,
            nativeFile,
            "")
        .record(
            prefix + "0000004",
            prefix + "0000005",
            "",
            "",
            "John Doe",
            "",
            "",
            "",
            "",
            "memo.pdf",
            "Memo",
            "HIGHLY CONFIDENTIAL " + DASH + " ATTORNEYS' EYES ONLY",
            "",
            "",
            "")
        .tiffPages(prefix, 1, 3)
        .pdfPages(prefix, 4, "The memo's first page names Acme.", "Its second page.");
    return v;
  }

  static JsonObject upload(Api api, long matterId, String fileName, byte[] zip) {
    HttpResponse<String> sent = api.uploadTo("api/matters/" + matterId + "/imports", fileName, zip);
    assertEquals(202, sent.statusCode(), sent.body());
    JsonObject answer = Api.object(sent);
    assertTrue(answer.containsKey("id") && answer.containsKey("status"), answer.toString());
    return settled(api, answer.getJsonNumber("id").longValue());
  }

  /** The volume once it is no longer being checked or committed. */
  static JsonObject settled(Api api, long importId) {
    for (int i = 0; i < 240; i++) {
      JsonObject v = Api.object(api.get("api/imports/" + importId));
      String status = v.getString("status");
      if (!status.equals("VALIDATING") && !status.equals("IMPORTING")) {
        return v;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("import " + importId + " did not settle in 60 s");
  }

  static List<String> codes(JsonObject report) {
    return report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("code"))
        .toList();
  }

  @Test
  void aWindows1252VolumeWithAFamilyTextAndImagesImportsWithItsBatesNumbersAndFields() {
    Api api = matter.paralegal();
    JsonObject report =
        upload(api, matter.id(), "VOL001.zip", firstProduction("VOL001", "FIC").zip());
    assertEquals("VALIDATED", report.getString("status"), report.toString());
    assertEquals("windows-1252", report.getString("encoding"));
    assertEquals(3, report.getInt("records"));
    assertEquals(List.of(), codes(report), report.toString());
    JsonObject mapped =
        report.getJsonArray("mapping").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("fileField").equals("Notes"))
            .findFirst()
            .orElseThrow();
    assertFalse(mapped.containsKey("ourField"), "an unknown field is kept as written: " + mapped);

    long id = report.getJsonNumber("id").longValue();
    HttpResponse<String> commit = api.post("api/imports/" + id + "/commit", "");
    assertEquals(202, commit.statusCode(), commit.body());
    JsonObject imported = settled(api, id);
    assertEquals("IMPORTED", imported.getString("status"), imported.toString());
    Map<String, JsonObject> byBates =
        imported.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(d -> d.getString("begBates"), Function.identity()));
    assertEquals(3, byBates.size(), imported.toString());
    assertEquals("FIC0000002", byBates.get("FIC0000001").getString("endBates"));
    assertFalse(byBates.get("FIC0000001").containsKey("parentBates"));
    assertEquals("FIC0000001", byBates.get("FIC0000003").getString("parentBates"));

    long email = byBates.get("FIC0000001").getJsonNumber("documentId").longValue();
    long attachment = byBates.get("FIC0000003").getJsonNumber("documentId").longValue();
    long memo = byBates.get("FIC0000004").getJsonNumber("documentId").longValue();
    JsonObject emailDetail = Api.object(api.get("api/documents/" + email));
    JsonObject e = emailDetail.getJsonObject("document");
    assertEquals(
        "Widget contract " + DASH + " caf\u00e9 terms", e.getString("title"), e.toString());
    assertEquals("FIC0000001", e.getString("begBates"));
    assertEquals("FIC0000002", e.getString("endBates"));
    assertEquals("VOL001", e.getString("production"));
    assertEquals("Jane Roe", e.getString("custodian"));
    assertEquals("CONFIDENTIAL", e.getString("confidentiality"));
    assertEquals("EMAIL", e.getString("type"));
    assertEquals(2, e.getInt("pageCount"));
    assertEquals(
        "Jane Roe <jane@roe.example>", emailDetail.getJsonObject("email").getString("from"));
    JsonArray children = emailDetail.getJsonArray("attachments");
    assertEquals(1, children.size(), emailDetail.toString());
    assertEquals(attachment, children.getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(
        "Dear John, the widget terms.",
        Api.object(api.get("api/documents/" + email + "/pages/1")).getString("text"));
    assertEquals(
        "Caf\u00e9 at noon.",
        Api.object(api.get("api/documents/" + email + "/pages/2")).getString("text"));

    JsonObject a = Api.object(api.get("api/documents/" + attachment)).getJsonObject("document");
    assertEquals("terms.txt", a.getString("fileName"), "the native is the original");
    assertEquals("Jane Roe", a.getString("custodian"));

    api.awaitExtraction(matter.id());
    JsonObject m = Api.object(api.get("api/documents/" + memo)).getJsonObject("document");
    assertEquals("FIC0000004", m.getString("begBates"));
    assertEquals("FIC0000005", m.getString("endBates"));
    assertEquals("John Doe", m.getString("custodian"));
    assertEquals(
        "HIGHLY CONFIDENTIAL " + DASH + " ATTORNEYS' EYES ONLY", m.getString("confidentiality"));
    assertEquals("EXTRACTED", m.getString("status"), m.toString());
    assertTrue(
        Api.object(api.get("api/documents/" + memo + "/pages/1"))
            .getString("text")
            .contains("The memo's first page names Acme."),
        "a record without a TEXT file is read from its images");

    HttpResponse<String> again = api.post("api/imports/" + id + "/commit", "");
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(again.body().contains("was already committed"), again.body());
    HttpResponse<String> cancel = api.post("api/imports/" + id + "/cancel", "");
    assertEquals(409, cancel.statusCode(), cancel.body());
    assertTrue(cancel.body().contains("cannot be cancelled"), cancel.body());
  }

  @Test
  void aRecordThatCameOnlyAsAScannedTiffIsReadByOcr() {
    Api api = matter.paralegal();
    FictionVolume v = new FictionVolume("VOL006", "BEGBATES", "ENDBATES", "CUSTODIAN");
    v.record("OCR0000001", "OCR0000001", "Jane Roe")
        .scannedPage("OCR0000001", "Widget delivery schedule");
    JsonObject report = upload(api, matter.id(), "VOL006.zip", v.zip());
    assertEquals("VALIDATED", report.getString("status"), report.toString());
    assertEquals(List.of(), codes(report), report.toString());
    long id = report.getJsonNumber("id").longValue();
    assertEquals(202, api.post("api/imports/" + id + "/commit", "").statusCode());
    JsonObject imported = settled(api, id);
    assertEquals("IMPORTED", imported.getString("status"), imported.toString());
    long doc =
        imported.getJsonArray("documents").getJsonObject(0).getJsonNumber("documentId").longValue();
    api.awaitExtraction(matter.id(), 120);
    JsonObject d = Api.object(api.get("api/documents/" + doc)).getJsonObject("document");
    assertEquals("OCR0000001.pdf", d.getString("fileName"), "the page image as a PDF: " + d);
    assertEquals("EXTRACTED", d.getString("status"), d.toString());
    String text = Api.object(api.get("api/documents/" + doc + "/pages/1")).getString("text");
    assertTrue(text.toLowerCase().contains("widget delivery schedule"), "OCR read: " + text);
  }

  @Test
  void aCommitThatFailsHalfwayLeavesNothingOfTheVolume() {
    TestMatter own = TestMatter.small("import-whole");
    Api api = own.paralegal();
    // Both volumes are checked against a matter that holds no Bates numbers yet; the second's last
    // record overlaps the first's, which is only found when the second is committed after it.
    JsonObject first = upload(api, own.id(), "VOL001.zip", firstProduction("VOL001", "WHO").zip());
    FictionVolume overlapping =
        new FictionVolume("VOL002", "BEGBATES", "ENDBATES", "SUBJECT", "TEXTPATH");
    overlapping
        .record(
            "WHO0000010", "WHO0000010", "Second volume one", overlapping.text("WHO0000010", "one"))
        .record(
            "WHO0000011", "WHO0000011", "Second volume two", overlapping.text("WHO0000011", "two"))
        .record(
            "WHO0000002",
            "WHO0000002",
            "Second volume three",
            overlapping.text("WHO0000002", "three"));
    JsonObject second = upload(api, own.id(), "VOL002.zip", overlapping.zip());
    assertEquals(List.of("BATES_GAP"), codes(second), second.toString());
    int before = documents(own).size();

    long firstId = first.getJsonNumber("id").longValue();
    assertEquals(202, api.post("api/imports/" + firstId + "/commit", "").statusCode());
    assertEquals("IMPORTED", settled(api, firstId).getString("status"));
    long secondId = second.getJsonNumber("id").longValue();
    assertEquals(202, api.post("api/imports/" + secondId + "/commit", "").statusCode());
    JsonObject failed = settled(api, secondId);
    assertEquals("FAILED", failed.getString("status"), failed.toString());
    assertTrue(
        failed.getString("failure").contains("WHO0000002")
            && failed.getString("failure").endsWith("Nothing of the volume was stored."),
        failed.getString("failure"));
    List<JsonObject> after = documents(own);
    assertEquals(before + 3, after.size(), "only the first volume's three documents were added");
    assertFalse(
        after.stream().anyMatch(d -> d.getString("title").startsWith("Second volume")),
        "no document of the second volume was kept: " + after);
    assertEquals(List.of(), failed.getJsonArray("documents"));
  }

  private static List<JsonObject> documents(TestMatter m) {
    return Api.object(m.admin().get("api/matters/" + m.id()))
        .getJsonArray("documents")
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aVolumeWithBlockingProblemsIsRefusedWith422AndItsReportGivesLines() {
    Api api = matter.paralegal();
    FictionVolume v = new FictionVolume("VOL003", "Beg Bates", "End Bates", "DateSent", "TEXTPATH");
    String text = v.text("BLK0000001", "x");
    v.record("BLK0000001", "BLK0000001", "2018-13-45", text)
        .record("BLK0000001", "BLK0000001", "", text)
        .file("NATIVES/unnamed.bin", new byte[] {1, 2, 3});
    JsonObject report = upload(api, matter.id(), "VOL003.zip", v.zip());
    assertEquals("VALIDATED", report.getString("status"));
    List<JsonObject> problems = report.getJsonArray("problems").getValuesAs(JsonObject.class);
    JsonObject duplicate =
        problems.stream()
            .filter(p -> p.getString("code").equals("DUPLICATE_BATES"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, duplicate.getInt("line"));
    assertEquals("BLK0000001", duplicate.getString("bates"));
    assertTrue(duplicate.getBoolean("blocking"));
    JsonObject date =
        problems.stream()
            .filter(p -> p.getString("code").equals("BAD_DATE"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, date.getInt("line"));
    assertTrue(codes(report).contains("UNNAMED_FILE"), report.toString());
    long id = report.getJsonNumber("id").longValue();
    HttpResponse<String> refused = api.post("api/imports/" + id + "/commit", "");
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("line 3: DUPLICATE_BATES"), refused.body());
    HttpResponse<String> cancelled = api.post("api/imports/" + id + "/cancel", "");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Api.object(cancelled).getString("status"));
    assertEquals(409, api.post("api/imports/" + id + "/commit", "").statusCode());
  }

  @Test
  void theFieldMappingIsEditedBeforeTheCommit() {
    Api api = matter.paralegal();
    FictionVolume v =
        new FictionVolume(
            "VOL004", "Bates Begin", "Bates End", "Custodian Name", "Owner", "Text Link");
    v.record(
        "MAP0000001", "MAP0000001", "Wrong Person", "Right Person", v.text("MAP0000001", "mapped"));
    JsonObject report = upload(api, matter.id(), "VOL004.zip", v.zip());
    assertEquals(List.of(), codes(report), report.toString());
    long id = report.getJsonNumber("id").longValue();
    HttpResponse<String> bad =
        api.post("api/imports/" + id + "/mapping", "{\"mapping\": {\"Owner\": \"WITNESS\"}}");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(
        bad.body().contains("'WITNESS' (for 'Owner') is not a field Pincite reads"), bad.body());
    HttpResponse<String> commit =
        api.post(
            "api/imports/" + id + "/commit",
            "{\"mapping\": {\"Custodian Name\": \"\", \"Owner\": \"CUSTODIAN\"}}");
    assertEquals(202, commit.statusCode(), commit.body());
    JsonObject imported = settled(api, id);
    assertEquals("IMPORTED", imported.getString("status"), imported.toString());
    long doc =
        imported.getJsonArray("documents").getJsonObject(0).getJsonNumber("documentId").longValue();
    assertEquals(
        "Right Person",
        Api.object(api.get("api/documents/" + doc))
            .getJsonObject("document")
            .getString("custodian"));
  }

  @Test
  void viewersCannotImportOtherMattersVolumesAreNotFoundAndAFileThatIsNoZipIsRefused() {
    HttpResponse<String> viewer =
        matter
            .viewer()
            .uploadTo(
                "api/matters/" + matter.id() + "/imports",
                "VOL.zip",
                firstProduction("VOL009", "VWR").zip());
    assertEquals(403, viewer.statusCode(), viewer.body());
    HttpResponse<String> notZip =
        matter
            .paralegal()
            .uploadTo("api/matters/" + matter.id() + "/imports", "VOL.dat", "BEGBATES".getBytes());
    assertEquals(400, notZip.statusCode(), notZip.body());
    assertTrue(notZip.body().contains("is not a ZIP archive"), notZip.body());

    JsonObject report =
        upload(
            matter.paralegal(), matter.id(), "VOL005.zip", firstProduction("VOL005", "OTH").zip());
    long id = report.getJsonNumber("id").longValue();
    assertEquals(
        200, matter.viewer().get("api/imports/" + id).statusCode(), "members read reports");
    assertEquals(403, matter.viewer().post("api/imports/" + id + "/commit", "").statusCode());
    TestMatter other = TestMatter.small("import-other");
    HttpResponse<String> stranger = other.paralegal().get("api/imports/" + id);
    assertEquals(404, stranger.statusCode(), stranger.body());
    assertEquals(404, other.paralegal().post("api/imports/" + id + "/commit", "").statusCode());
    assertEquals(404, other.paralegal().post("api/imports/" + id + "/cancel", "").statusCode());
  }
}
