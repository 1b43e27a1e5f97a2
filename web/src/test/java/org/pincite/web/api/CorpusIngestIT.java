package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * Every PDF and email of the shared corpus uploaded through the API ends in the status its category
 * predicts, with its original kept: text PDFs extracted page by page, scans waiting for (or given)
 * OCR, encrypted files asking for a password, broken files failed with a reason, emails with their
 * headers and their attachments as children.
 */
// It fills the extraction queue with the whole corpus (and OCR): although the queue takes matters
// in turns, a long corpus PDF or scan can hold both extraction threads for longer than another
// class waits for its document (seen: MatterPageIT's re-read after a password). So: alone.
@Isolated
class CorpusIngestIT {
  final URL base = TestServer.url();

  private record Line(String file, String special) {}

  private static List<Line> manifest(Path corpus) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (String row :
        Files.readAllLines(corpus.resolve("MANIFEST.tsv"))
            .subList(1, Files.readAllLines(corpus.resolve("MANIFEST.tsv")).size())) {
      String[] cols = row.split("\t", -1);
      lines.add(new Line(cols[0], cols[4]));
    }
    return lines;
  }

  @Test
  void everyCorpusFileEndsInTheStatusItsCategoryPredicts() throws Exception {
    Path corpus =
        Path.of(System.getProperty("pincite.corpus", "../../shared/corpus"))
            .toAbsolutePath()
            .normalize();
    if (!Files.isRegularFile(corpus.resolve("MANIFEST.tsv"))) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("The shared corpus is not at " + corpus);
      }
      Assumptions.abort("The shared corpus is not at " + corpus);
    }
    Api basic = Api.adminWithPassword(base);
    String token =
        Api.object(basic.post("api/tokens", "{\"label\":\"corpus test\"}")).getString("token");
    Api api =
        Api.withToken(base, token); // a token check is cheap; a password check is meant to be slow
    long matter = TestMatter.small("corpus").id();

    Map<Line, Long> ids = new LinkedHashMap<>();
    for (Line line : manifest(corpus)) {
      byte[] bytes = Files.readAllBytes(corpus.resolve(line.file()));
      HttpResponse<String> answer =
          api.upload(matter, Path.of(line.file()).getFileName().toString(), bytes);
      if (bytes.length == 0) {
        assertEquals(400, answer.statusCode(), line.file());
        assertTrue(Api.object(answer).getString("error").contains("empty"), answer.body());
        continue;
      }
      assertEquals(202, answer.statusCode(), line.file() + ": " + answer.body());
      ids.put(line, Api.object(answer).getJsonObject("document").getJsonNumber("id").longValue());
    }
    api.awaitExtraction(matter, 600);

    int mboxMessages = 0;
    int scansRead = 0;
    for (Map.Entry<Line, Long> entry : ids.entrySet()) {
      Line line = entry.getKey();
      JsonObject detail = Api.object(api.get("api/documents/" + entry.getValue()));
      JsonObject doc = detail.getJsonObject("document");
      String status = doc.getString("status");
      String what =
          line.file() + " (" + line.special() + ") is " + status + ": " + doc.get("statusReason");
      String special = line.special().toUpperCase();
      if (line.file().startsWith("pdf-bad/pw_")) {
        assertEquals("NEEDS_PASSWORD", status, what);
      } else if (line.file().startsWith("pdf-bad/")) {
        assertTrue(Set.of("FAILED", "EXTRACTED").contains(status), what);
        if (status.equals("FAILED")) {
          assertFalse(doc.isNull("statusReason") || doc.getString("statusReason").isBlank(), what);
        }
      } else if (line.file().startsWith("pdf/")
          && (special.contains("NO TEXT LAYER")
              || special.contains("ALMOST NO TEXT")
              || special.contains("NEEDING OCR"))) {
        assertTrue(Set.of("NEEDS_OCR", "EXTRACTED", "FAILED").contains(status), what);
        if (special.contains("NO TEXT LAYER") && status.equals("EXTRACTED")) {
          scansRead++;
        }
        if (!line.file().contains("unreadable")) {
          assertFalse(status.equals("FAILED"), what);
        }
      } else if (line.file().startsWith("pdf/")) {
        assertEquals("EXTRACTED", status, what);
        assertTrue(doc.getInt("pageCount") >= 1, what);
        String page =
            Api.object(api.get("api/documents/" + entry.getValue() + "/pages/1")).getString("text");
        assertTrue(doc.getInt("pageCount") > 1 || !page.isBlank(), what + ": page 1 is empty");
      } else if (line.file().endsWith(".mbox")) {
        assertEquals("EXTRACTED", status, what);
        mboxMessages += detail.getJsonArray("attachments").size();
      } else if (line.file().startsWith("email/")) {
        assertEquals("EXTRACTED", status, what);
        assertEquals("EMAIL", doc.getString("type"), what);
        assertFalse(detail.isNull("email"), what + " keeps its header block");
      }
      HttpResponse<byte[]> original =
          api.getBytes("api/documents/" + entry.getValue() + "/original");
      assertEquals(200, original.statusCode(), line.file());
    }
    assertEquals(19, mboxMessages, "the corpus's mbox files hold 19 messages");
    if (Files.isExecutable(Path.of("/usr/bin/tesseract"))) {
      // The server runs on this machine: with Tesseract there, most scans come back with their
      // words.
      assertTrue(scansRead >= 5, "scans read by OCR: " + scansRead);
    }

    // The HeinOnline scan's only text layer is a stamp on each page: its pages are OCR'd one by one
    // and a word of its body is found; past the test server's OCR budget (5 pages a document) it
    // says so instead of passing for read.
    long hein = idOf(ids, "pdf/legal_lawreview_Harrington_heinonline_scan.pdf");
    JsonObject scan = Api.object(api.get("api/documents/" + hein)).getJsonObject("document");
    String how = scan.isNull("statusReason") ? "" : scan.getString("statusReason");
    assertEquals("EXTRACTED", scan.getString("status"), scan.toString());
    if (how.contains("were OCR'd")) {
      JsonObject found = Api.object(api.get("api/matters/" + matter + "/search?q=Horty"));
      assertTrue(
          found.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
              .anyMatch(h -> h.getJsonNumber("documentId").longValue() == hein),
          found.toString());
    } else {
      assertTrue(
          how.contains("Pages 1\u201314 are scans") && how.contains("OCR budget"), scan.toString());
    }
    // A PDF whose page tree is missing is read from a repaired copy; its original stays as it came.
    long repaired = idOf(ids, "pdf/scan_unreadable_metadata.pdf");
    JsonObject unreadable =
        Api.object(api.get("api/documents/" + repaired)).getJsonObject("document");
    assertEquals("EXTRACTED", unreadable.getString("status"), unreadable.toString());
    assertTrue(
        unreadable.getString("statusReason").contains("original is kept"), unreadable.toString());
    assertEquals(
        Files.size(corpus.resolve("pdf/scan_unreadable_metadata.pdf")),
        api.getBytes("api/documents/" + repaired + "/original").body().length);

    // A PDF whose streams are too garbled for PDFBox keeps the few words poppler still reads there
    // (the server runs on this machine: pdftotext is there when poppler-utils is).
    if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
      long garbled = idOf(ids, "pdf/govdocs_498264.pdf");
      JsonObject govdoc = Api.object(api.get("api/documents/" + garbled)).getJsonObject("document");
      assertEquals("EXTRACTED", govdoc.getString("status"), govdoc.toString());
      assertTrue(
          Api.object(api.get("api/documents/" + garbled + "/pages/1"))
              .getString("text")
              .contains("FACT SHEET"),
          govdoc.toString());
    }

    // Families: a PDF attachment is a child with its own pages; a forwarded message is a child
    // email.
    JsonObject withPdf =
        Api.object(api.get("api/documents/" + idOf(ids, "email/mikel_attachment_pdf.eml")));
    assertTrue(
        withPdf.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
            .anyMatch(a -> a.getString("mediaType").equals("application/pdf")),
        withPdf.toString());
    JsonObject forwarded =
        Api.object(
            api.get("api/documents/" + idOf(ids, "email/mikel_attachment_message_rfc822.eml")));
    assertTrue(
        forwarded.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
            .anyMatch(a -> a.getString("type").equals("EMAIL")),
        forwarded.toString());

    // An encrypted PDF opens with its password (given for one run, never stored).
    long locked = idOf(ids, "pdf-bad/pw_libreoffice_writer_password.pdf");
    assertEquals(
        202,
        api.post("api/documents/" + locked + "/retry", "{\"password\":\"openpassword\"}")
            .statusCode());
    api.awaitExtraction(matter, 120);
    JsonObject opened = Api.object(api.get("api/documents/" + locked)).getJsonObject("document");
    assertEquals("EXTRACTED", opened.getString("status"), opened.toString());

    if (Files.isExecutable(Path.of("/usr/bin/tesseract"))) {
      // Two pages of the HeinOnline scan, within the test server's OCR budget: uploaded, their
      // stamped pages are OCR'd and a word of the article's body is found.
      byte[] twoPages;
      try (org.apache.pdfbox.pdmodel.PDDocument scanned =
              org.apache.pdfbox.Loader.loadPDF(
                  Files.readAllBytes(
                      corpus.resolve("pdf/legal_lawreview_Harrington_heinonline_scan.pdf")));
          org.apache.pdfbox.pdmodel.PDDocument cut = new org.apache.pdfbox.pdmodel.PDDocument()) {
        cut.importPage(scanned.getPage(1));
        cut.importPage(scanned.getPage(2));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        cut.save(out);
        twoPages = out.toByteArray();
      }
      HttpResponse<String> added = api.upload(matter, "harrington-pp-544-545.pdf", twoPages);
      assertEquals(202, added.statusCode(), added.body());
      long cut = Api.object(added).getJsonObject("document").getJsonNumber("id").longValue();
      api.awaitExtraction(matter, 120);
      JsonObject read = Api.object(api.get("api/documents/" + cut)).getJsonObject("document");
      assertTrue(read.getString("statusReason").contains("were OCR'd"), read.toString());
      assertEquals("544", read.getJsonArray("pageLabels").getString(0), "from the stamp");
      JsonObject found = Api.object(api.get("api/matters/" + matter + "/search?q=Horty"));
      assertTrue(
          found.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
              .anyMatch(h -> h.getJsonNumber("documentId").longValue() == cut),
          found.toString());
    }
  }

  private static long idOf(Map<Line, Long> ids, String file) {
    return ids.entrySet().stream()
        .filter(e -> e.getKey().file().equals(file))
        .findFirst()
        .orElseThrow()
        .getValue();
  }
}
