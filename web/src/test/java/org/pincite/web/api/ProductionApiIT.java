package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.service.loadfile.DatFile;
import org.pincite.service.loadfile.DatReader;
import org.pincite.service.loadfile.DatRecord;
import org.pincite.service.loadfile.OptFile;
import org.pincite.service.loadfile.OptReader;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.Corpus;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * Making a production over HTTP of documents the test uploads (a fiction email with its attachment,
 * a fiction memo withheld as privileged, a fiction spreadsheet produced natively, and a court
 * opinion of the shared corpus): the numbering previewed, the run in the background, the volume's
 * DAT, OPT, TEXT, IMAGES and NATIVES read back (stamps and slip sheets extracted from the produced
 * PDFs with PDFBox), the privilege log as CSV and DOCX, the documents' JSON and a report's cite by
 * Bates number; a viewer may read, not produce, and another matter sees nothing.
 */
class ProductionApiIT {
  private static final String EML =
      "From: Jane Roe <jane.roe@example.test>\r\n"
          + "To: John Doe <john.doe@example.test>\r\n"
          + "Cc: Rita Poe <rita.poe@example.test>\r\n"
          + "Subject: Supply terms (fiction)\r\n"
          + "Date: Fri, 1 Mar 2019 09:00:00 +0000\r\n"
          + "Message-ID: <terms-1@example.test>\r\n"
          + "MIME-Version: 1.0\r\n"
          + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
          + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
          + "John, the attached terms are final. This email is fiction.\r\n"
          + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
          + "Content-Disposition: attachment; filename=\"terms.txt\"\r\n\r\n"
          + "Fictional supply terms: delivery within thirty days of the order.\r\n"
          + "--b1--\r\n";
  private static final String MEMO =
      "Privileged and confidential. Counsel's fictional advice on the supply dispute: settle.";
  private static final String AEO = "HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY";

  private static final URL BASE = TestServer.url();
  private static TestMatter matter;
  private static TestMatter other;
  private static long email;
  private static long attachment;
  private static long memo;
  private static long ledger;
  private static long opinion;
  private static byte[] ledgerBytes;
  private static byte[] opinionBytes;

  @BeforeAll
  static void uploadTheDocuments() throws IOException {
    matter = TestMatter.small("productions");
    other = TestMatter.small("productions-other");
    email =
        matter.upload(
            "supply-terms.eml", EML.getBytes(StandardCharsets.UTF_8), "EVIDENCE", "EMAIL");
    memo =
        matter.upload(
            "counsel-memo.txt", MEMO.getBytes(StandardCharsets.UTF_8), "EVIDENCE", "OTHER");
    ledgerBytes = spreadsheet();
    ledger = matter.upload("ledger.xlsx", ledgerBytes, "EVIDENCE", "OTHER");
    Path opinionFile = Corpus.file("pdf/court_cl_2ndCircuit-08-6301-cv_opn.pdf");
    opinionBytes = Files.readAllBytes(opinionFile);
    opinion = matter.upload("opinion.pdf", opinionBytes, "EVIDENCE", "CASE");
    matter.admin().awaitExtraction(matter.id(), 120);
    attachment = matter.documentFile("terms.txt");
  }

  private static byte[] spreadsheet() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("Ledger (fiction)");
      sheet.createRow(0).createCell(0).setCellValue("Invoice 17 (fiction)");
      sheet.getRow(0).createCell(1).setCellValue(1200.5);
      book.write(out);
      return out.toByteArray();
    }
  }

  private static String body(String name, String prefix, long start, String images, long... ids) {
    var list = Json.createArrayBuilder();
    for (long id : ids) {
      list.add(id);
    }
    return Json.createObjectBuilder()
        .add("name", name)
        .add("prefix", prefix)
        .add("startNumber", start)
        .add("padding", 7)
        .add("documentIds", list)
        .add(
            "endorsements",
            Json.createObjectBuilder()
                .add(Long.toString(opinion), "CONFIDENTIAL")
                .add(Long.toString(email), AEO))
        .add(
            "withheld",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("documentId", memo)
                        .add("privilege", "Attorney-Client Privilege")
                        .add("description", "Memo from counsel on the supply dispute")))
        .add("images", images)
        .build()
        .toString();
  }

  private static JsonObject awaitEnd(Api api, long id) throws InterruptedException {
    for (int i = 0; i < 480; i++) {
      JsonObject p = Api.object(api.get("api/productions/" + id));
      String status = p.getString("status");
      if (status.equals("DONE") || status.equals("FAILED")) {
        return p;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("production " + id + " did not end in 120 s");
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static DatRecord record(DatFile dat, String begBates) {
    return dat.records().stream()
        .filter(r -> r.value("BEGBATES").equals(begBates))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no DAT record " + begBates));
  }

  @Test
  void aProductionIsPreviewedRunAndItsVolumeHoldsEverythingStampedAndNumbered() throws Exception {
    Api paralegal = matter.paralegal();
    String request = body("ROE001 (fiction)", "ROE", 1, "pdf", opinion, attachment, email, ledger);

    // A range of words on page 3 of the opinion redacted: a line found nowhere else in it.
    List<String> opinionTexts = new java.util.ArrayList<>();
    for (int n = 1; ; n++) {
      HttpResponse<String> page = paralegal.get("api/documents/" + opinion + "/pages/" + n);
      if (page.statusCode() != 200) {
        break;
      }
      opinionTexts.add(Api.object(page).getString("text"));
    }
    String all = String.join("\n", opinionTexts);
    String secret =
        opinionTexts
            .get(2)
            .lines()
            .map(String::strip)
            .filter(l -> l.length() > 30 && all.indexOf(l) == all.lastIndexOf(l))
            .findFirst()
            .orElseThrow();
    int secretAt = opinionTexts.get(2).indexOf(secret);
    HttpResponse<String> redaction =
        paralegal.post(
            "api/documents/" + opinion + "/redactions",
            Json.createObjectBuilder()
                .add("startPage", 3)
                .add("startOffset", secretAt)
                .add("endPage", 3)
                .add("endOffset", secretAt + secret.length())
                .add("reason", "PRIVACY")
                .build()
                .toString());
    assertEquals(201, redaction.statusCode(), redaction.body());

    // The numbering before anything is stored: families together, the email before its attachment.
    JsonObject preview =
        Api.object(paralegal.post("api/matters/" + matter.id() + "/productions/preview", request));
    List<JsonObject> planned = preview.getJsonArray("documents").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(opinion, email, attachment, ledger, memo),
        planned.stream().map(d -> d.getJsonNumber("documentId").longValue()).toList());
    assertEquals("ROE0000001", planned.get(0).getString("begBates"));

    // A viewer may not produce; the paralegal may.
    assertEquals(
        403,
        matter.viewer().post("api/matters/" + matter.id() + "/productions", request).statusCode());
    HttpResponse<String> created =
        paralegal.post("api/matters/" + matter.id() + "/productions", request);
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.object(created).getJsonNumber("id").longValue();
    assertEquals("DRAFT", Api.object(created).getString("status"));
    assertEquals(
        409,
        paralegal.post("api/matters/" + matter.id() + "/productions", request).statusCode(),
        "the name is taken");
    assertEquals(403, matter.viewer().post("api/productions/" + id + "/run", "").statusCode());
    assertEquals(404, other.paralegal().get("api/productions/" + id).statusCode());
    assertEquals(404, other.paralegal().post("api/productions/" + id + "/run", "").statusCode());

    HttpResponse<String> run = paralegal.post("api/productions/" + id + "/run", "");
    assertEquals(202, run.statusCode(), run.body());
    JsonObject done = awaitEnd(paralegal, id);
    assertEquals("DONE", done.getString("status"), done.toString());
    List<JsonObject> produced = done.getJsonArray("documents").getValuesAs(JsonObject.class);
    Map<Long, JsonObject> byId = new HashMap<>();
    produced.forEach(d -> byId.put(d.getJsonNumber("documentId").longValue(), d));
    int opinionPages;
    try (PDDocument pdf = Loader.loadPDF(opinionBytes)) {
      opinionPages = pdf.getNumberOfPages();
    }
    assertEquals("ROE0000001", done.getString("begBates"));
    assertEquals(String.format("ROE%07d", opinionPages), byId.get(opinion).getString("endBates"));
    String emailBeg = byId.get(email).getString("begBates");
    String attachmentBeg = byId.get(attachment).getString("begBates");
    String memoBates = byId.get(memo).getString("begBates");
    String ledgerBates = byId.get(ledger).getString("begBates");
    assertTrue(byId.get(memo).getBoolean("withheld"));
    assertFalse(byId.get(opinion).getBoolean("withheld"));
    assertEquals(memoBates, byId.get(memo).getString("endBates"), "one slip sheet");
    assertEquals(done.getString("endBates"), memoBates);

    // The viewer may read and download it.
    HttpResponse<byte[]> download = matter.viewer().getBytes("api/productions/" + id + "/volume");
    assertEquals(200, download.statusCode());
    assertEquals("application/zip", download.headers().firstValue("Content-Type").orElse(""));
    Map<String, byte[]> volume = unzip(download.body());

    DatFile dat = DatReader.read(volume.get("VOL001/DATA/VOL001.dat"));
    assertEquals(List.of(), dat.problems());
    assertEquals("UTF-8 with BOM", dat.encoding());
    for (String field :
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
            "FILENAME",
            "DOCTYPE",
            "PAGECOUNT",
            "CONFIDENTIALITY",
            "REDACTED",
            "SHA256",
            "MD5HASH",
            "TEXTPATH",
            "NATIVEPATH")) {
      assertTrue(dat.header().contains(field), field + " in " + dat.header());
    }
    assertEquals(5, dat.records().size());
    DatRecord mail = record(dat, emailBeg);
    assertEquals(emailBeg, mail.value("BEGATTACH"));
    assertEquals(byId.get(attachment).getString("endBates"), mail.value("ENDATTACH"));
    assertEquals("Supply terms (fiction)", mail.value("SUBJECT"));
    assertTrue(mail.value("FROM").contains("jane.roe@example.test"));
    assertEquals("03/01/2019", mail.value("DATESENT"));
    assertEquals(AEO, mail.value("CONFIDENTIALITY"));
    assertEquals(emailBeg, record(dat, attachmentBeg).value("PARENT_BATES"));
    DatRecord opinionRecord = record(dat, "ROE0000001");
    assertEquals(Integer.toString(opinionPages), opinionRecord.value("PAGECOUNT"));
    assertEquals("CONFIDENTIAL", opinionRecord.value("CONFIDENTIALITY"));
    assertEquals(sha256(opinionBytes), opinionRecord.value("SHA256"));
    assertEquals(32, opinionRecord.value("MD5HASH").length());
    assertEquals(".\\TEXT\\ROE0000001.txt", opinionRecord.value("TEXTPATH"));
    DatRecord ledgerRecord = record(dat, ledgerBates);
    assertEquals(".\\NATIVES\\" + ledgerBates + ".xlsx", ledgerRecord.value("NATIVEPATH"));
    assertEquals("Y", record(dat, memoBates).value("WITHHELD"));
    assertEquals("", record(dat, memoBates).value("SUBJECT"));

    OptFile opt = OptReader.read(volume.get("VOL001/DATA/VOL001.opt"));
    assertEquals(List.of(), opt.problems());
    int total = produced.stream().mapToInt(d -> d.getInt("pages")).sum();
    assertEquals(total, opt.lines().size());
    assertEquals("ROE0000001", opt.lines().get(0).imageKey());
    assertTrue(opt.lines().get(0).documentBreak());
    assertEquals(opinionPages, opt.lines().get(0).pageCount());
    assertEquals(".\\IMAGES\\001\\ROE0000001.pdf", opt.lines().get(0).path());
    assertFalse(opt.lines().get(1).documentBreak());

    // Stamps: the Bates number of each page and the endorsement, the page's own text kept.
    String opinionPdf = pdfText(volume.get("VOL001/IMAGES/001/ROE0000001.pdf"));
    assertTrue(opinionPdf.contains("ROE0000001"));
    assertTrue(opinionPdf.contains(String.format("ROE%07d", opinionPages)));
    assertTrue(opinionPdf.contains("CONFIDENTIAL"));
    assertTrue(opinionPdf.contains("UNITED STATES COURT OF APPEALS"), "the page's own text");
    // Nothing of the page's own text lies in the 30-point strip that holds the stamps.
    try (PDDocument producedPdf = Loader.loadPDF(volume.get("VOL001/IMAGES/001/ROE0000001.pdf"))) {
      float height = producedPdf.getPage(0).getMediaBox().getHeight();
      StringBuilder inStrip = new StringBuilder();
      StringBuilder above = new StringBuilder();
      PDFTextStripper positions =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
              for (TextPosition g : glyphs) {
                (height - g.getYDirAdj() < 30 ? inStrip : above).append(g.getUnicode());
              }
            }
          };
      positions.setStartPage(1);
      positions.setEndPage(1);
      positions.getText(producedPdf);
      String strip = inStrip.toString().replace(" ", "");
      assertTrue(
          strip.length() == "ROE0000001CONFIDENTIAL".length()
              && strip.contains("ROE0000001")
              && strip.contains("CONFIDENTIAL"),
          "only the stamps in the strip: " + strip);
      assertTrue(above.length() > 100, "the page's own text is above the strip");
    }

    // The redacted page: an image without text layer, its TEXT with [REDACTED], the words nowhere.
    try (PDDocument producedPdf = Loader.loadPDF(volume.get("VOL001/IMAGES/001/ROE0000001.pdf"))) {
      PDFTextStripper page3 = new PDFTextStripper();
      page3.setStartPage(3);
      page3.setEndPage(3);
      String third = page3.getText(producedPdf);
      assertTrue(third.contains("ROE0000003"), third);
      assertTrue(
          third.replace("ROE0000003", "").replace("CONFIDENTIAL", "").isBlank(),
          "page 3 is an image: only its stamps are text: " + third);
    }
    assertFalse(opinionPdf.contains(secret), "the redacted words are not in the produced PDF");
    String opinionText =
        new String(volume.get("VOL001/TEXT/ROE0000001.txt"), StandardCharsets.UTF_8);
    assertFalse(opinionText.contains(secret));
    assertTrue(opinionText.split("\f", -1)[2].contains("[REDACTED]"));
    assertEquals("Y", opinionRecord.value("REDACTED"));
    String mailPdf = pdfText(volume.get("VOL001/IMAGES/001/" + emailBeg + ".pdf"));
    assertTrue(mailPdf.contains(emailBeg) && mailPdf.contains(AEO), mailPdf);
    assertTrue(mailPdf.contains("the attached terms are final"));
    String memoPdf = pdfText(volume.get("VOL001/IMAGES/001/" + memoBates + ".pdf"));
    assertTrue(memoPdf.contains("Withheld — Privileged") && memoPdf.contains(memoBates), memoPdf);
    assertFalse(memoPdf.contains("settle"), "nothing of the withheld memo");
    String ledgerPdf = pdfText(volume.get("VOL001/IMAGES/001/" + ledgerBates + ".pdf"));
    assertTrue(ledgerPdf.contains("Document produced in native format"), ledgerPdf);
    assertArrayEquals(ledgerBytes, volume.get("VOL001/NATIVES/" + ledgerBates + ".xlsx"));

    // TEXT: one UTF-8 file per document named by its first Bates number.
    String memoText =
        new String(volume.get("VOL001/TEXT/" + memoBates + ".txt"), StandardCharsets.UTF_8);
    assertEquals("Withheld — Privileged", memoText);
    String attachmentText =
        new String(volume.get("VOL001/TEXT/" + attachmentBeg + ".txt"), StandardCharsets.UTF_8);
    assertTrue(attachmentText.contains("delivery within thirty days"));
    assertNotNull(volume.get("VOL001/TEXT/" + ledgerBates + ".txt"), "a native's text file too");

    // The privilege log, in the volume and on its own.
    String csv = new String(volume.get("PRIVILEGE_LOG.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains(memoBates) && csv.contains("Attorney-Client Privilege"), csv);
    HttpResponse<String> csvLog =
        matter.viewer().get("api/productions/" + id + "/privilege-log?format=csv");
    assertEquals(200, csvLog.statusCode());
    assertTrue(csvLog.body().contains("Memo from counsel on the supply dispute"));
    HttpResponse<byte[]> docxLog =
        matter.viewer().getBytes("api/productions/" + id + "/privilege-log?format=docx");
    assertEquals(200, docxLog.statusCode());
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docxLog.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
      assertTrue(words.getText().contains(memoBates));
      assertTrue(words.getText().contains("Attorney-Client Privilege"));
    }
    assertEquals(
        400, paralegal.get("api/productions/" + id + "/privilege-log?format=pdf").statusCode());

    // The documents carry their numbers; a produced document is cited by them.
    JsonObject opinionJson =
        Api.object(paralegal.get("api/documents/" + opinion)).getJsonObject("document");
    assertEquals("ROE0000001", opinionJson.getString("begBates"));
    assertEquals("ROE001 (fiction)", opinionJson.getString("production"));
    assertEquals("CONFIDENTIAL", opinionJson.getString("confidentiality"));
    String page2 =
        Api.object(paralegal.get("api/documents/" + opinion + "/pages/2")).getString("text");
    String words = page2.strip().split("\n")[0].strip();
    int at = page2.indexOf(words);
    HttpResponse<String> marked =
        paralegal.post(
            "api/documents/" + opinion + "/annotations",
            Json.createObjectBuilder()
                .add("startPage", 2)
                .add("startOffset", at)
                .add("endPage", 2)
                .add("endOffset", at + words.length())
                .add("stance", "SUPPORTS")
                .add("claimIds", Json.createArrayBuilder().add(matter.claimIdOfFirst()))
                .build()
                .toString());
    assertEquals(201, marked.statusCode(), marked.body());
    String report =
        paralegal
            .get(
                "api/matters/"
                    + matter.id()
                    + "/claims/"
                    + matter.claimIdOfFirst()
                    + "/report?format=csv")
            .body();
    assertTrue(report.contains("ROE0000002"), report);
    HttpResponse<byte[]> reportDocx =
        paralegal.getBytes(
            "api/matters/"
                + matter.id()
                + "/claims/"
                + matter.claimIdOfFirst()
                + "/report?format=docx");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(reportDocx.body()));
        XWPFWordExtractor reportWords = new XWPFWordExtractor(docx)) {
      assertTrue(
          reportWords.getText().contains(String.format("ROE0000001–ROE%07d", opinionPages)),
          "the index gives the document's Bates range");
    }

    // A Bates number finds its page.
    JsonObject search =
        Api.object(paralegal.get("api/matters/" + matter.id() + "/search?q=ROE0000002"));
    JsonObject first = search.getJsonArray("hits").getJsonObject(0);
    assertEquals(opinion, first.getJsonNumber("documentId").longValue(), search.toString());
    assertEquals(2, first.getInt("page"));

    // A second production may not reuse those numbers: its run fails and says why.
    HttpResponse<String> again =
        paralegal.post(
            "api/matters/" + matter.id() + "/productions",
            Json.createObjectBuilder()
                .add("name", "ROE002 (fiction)")
                .add("prefix", "ROE")
                .add("startNumber", 3)
                .add("documentIds", Json.createArrayBuilder().add(opinion))
                .add("images", "tiff")
                .build()
                .toString());
    assertEquals(201, again.statusCode(), again.body());
    long second = Api.object(again).getJsonNumber("id").longValue();
    paralegal.post("api/productions/" + second + "/run", "");
    JsonObject failed = awaitEnd(paralegal, second);
    assertEquals("FAILED", failed.getString("status"));
    assertTrue(failed.getString("failure").contains("never reused"), failed.toString());
    assertEquals(409, paralegal.get("api/productions/" + second + "/volume").statusCode());
  }

  @Test
  void aTiffVolumeHasOneSinglePageImagePerPage() throws Exception {
    Api paralegal = matter.paralegal();
    long note = matter.documentFile("case-note.txt");
    String request =
        Json.createObjectBuilder()
            .add("name", "TIFF test (fiction)")
            .add("prefix", "TIF-")
            .add("startNumber", 100)
            .add("padding", 6)
            .add("documentIds", Json.createArrayBuilder().add(note))
            .add("images", "tiff")
            .build()
            .toString();
    HttpResponse<String> created =
        paralegal.post("api/matters/" + matter.id() + "/productions", request);
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.object(created).getJsonNumber("id").longValue();
    paralegal.post("api/productions/" + id + "/run", "");
    JsonObject done = awaitEnd(paralegal, id);
    assertEquals("DONE", done.getString("status"), done.toString());
    Map<String, byte[]> volume =
        unzip(paralegal.getBytes("api/productions/" + id + "/volume").body());
    byte[] tif = volume.get("VOL001/IMAGES/001/TIF-000100.tif");
    assertNotNull(tif, volume.keySet().toString());
    var image = ImageIO.read(new ByteArrayInputStream(tif));
    assertTrue(
        image.getWidth() >= 1690 && image.getWidth() <= 1700,
        "Letter at 200 dpi: " + image.getWidth());
    OptFile opt = OptReader.read(volume.get("VOL001/DATA/VOL001.opt"));
    assertEquals(".\\IMAGES\\001\\TIF-000100.tif", opt.lines().get(0).path());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
