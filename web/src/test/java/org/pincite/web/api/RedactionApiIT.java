package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionLetter;
import org.pincite.web.testing.Ocr;
import org.pincite.web.testing.TestMatter;

/**
 * Redactions through the API on an uploaded PDF (a fiction letter): a box over a line and a range
 * of words, then the redacted copy read back as the other side would read it, by PDFBox's text
 * extraction, by Tesseract on its pages and by a search of every string and stream of the PDF; the
 * original's SHA-256 unchanged. Also the refusals: bad boxes and ranges, a viewer, another matter.
 */
class RedactionApiIT {
  private static final List<String> SECRETS = List.of("Halvorsen", "unlawful", "Jane", "Roe");

  private static TestMatter matter;
  private static long letter;
  private static byte[] uploaded;

  @BeforeAll
  static void aMatterWithALetter() {
    matter = TestMatter.small("redactions");
    uploaded = FictionLetter.pdf("redaction-api " + System.nanoTime());
    letter = matter.upload(FictionLetter.FILE_NAME, uploaded, "EVIDENCE", "OTHER");
    matter.admin().awaitExtraction(matter.id());
  }

  private static String redactions(long documentId) {
    return "api/documents/" + documentId + "/redactions";
  }

  private static String box(int page, double[] b, String reason) {
    return "{\"page\":"
        + page
        + ",\"box\":{\"x\":"
        + b[0]
        + ",\"y\":"
        + b[1]
        + ",\"w\":"
        + b[2]
        + ",\"h\":"
        + b[3]
        + "},\"reason\":\""
        + reason
        + "\"}";
  }

  private static String words(long documentId, int page, String words, String reason) {
    String text =
        Api.object(matter.paralegal().get("api/documents/" + documentId + "/pages/" + page))
            .getString("text");
    int at = text.indexOf(words);
    assertTrue(at >= 0, words + " on page " + page + ": " + text);
    return "{\"startPage\":"
        + page
        + ",\"startOffset\":"
        + at
        + ",\"endPage\":"
        + page
        + ",\"endOffset\":"
        + (at + words.length())
        + ",\"quote\":\""
        + words
        + "\",\"reason\":\""
        + reason
        + "\"}";
  }

  @Test
  void aBoxAndARangeAreInNeitherTheTextNorTheOcrOfTheRedactedCopy() throws Exception {
    Api paralegal = matter.paralegal();
    HttpResponse<String> boxed =
        paralegal.post(redactions(letter), box(1, FictionLetter.OVER_FIRST_LINE, "PRIVILEGE"));
    assertEquals(201, boxed.statusCode(), boxed.body());
    JsonObject b = Api.object(boxed);
    assertEquals("BOX", b.getString("shape"));
    assertEquals(1, b.getInt("page"));
    assertEquals(0.9, b.getJsonObject("box").getJsonNumber("w").doubleValue(), 1e-9);
    assertEquals("Attorney–client privilege", b.getString("reasonLabel"));
    assertEquals(matter.paralegalName(), b.getString("createdBy"));
    assertTrue(
        boxed
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/api/redactions/" + b.getInt("id")));

    HttpResponse<String> ranged =
        paralegal.post(redactions(letter), words(letter, 2, "Jane Roe", "PRIVACY"));
    assertEquals(201, ranged.statusCode(), ranged.body());
    JsonObject r = Api.object(ranged);
    assertEquals("WORDS", r.getString("shape"));
    assertEquals("Jane Roe", r.getString("quote"));
    assertEquals(1, r.getJsonArray("marks").size(), "the words' box on the page image: " + r);

    assertEquals(
        2, Api.array(matter.viewer().get(redactions(letter))).size(), "a viewer sees them too");

    // The page texts a production's TEXT file holds.
    String page1 = pageText(letter, 1);
    String page2 = pageText(letter, 2);
    assertTrue(page1.contains("[REDACTED]") && page1.contains(FictionLetter.KEPT), page1);
    assertTrue(page2.contains("[REDACTED]") && page2.contains("discharged"), page2);
    for (String secret : SECRETS) {
      assertFalse(page1.contains(secret) || page2.contains(secret), secret);
    }

    // The redacted PDF, as the other side receives it.
    HttpResponse<byte[]> copy = matter.viewer().getBytes("api/documents/" + letter + "/redacted");
    assertEquals(200, copy.statusCode());
    assertEquals("application/pdf", copy.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument pdf = Loader.loadPDF(copy.body())) {
      assertEquals(3, pdf.getNumberOfPages());
      assertTrue(textOf(pdf, 1).isBlank(), "page 1 is an image only: " + textOf(pdf, 1));
      assertTrue(textOf(pdf, 2).isBlank(), "page 2 is an image only");
      assertTrue(textOf(pdf, 3).contains(FictionLetter.APPENDIX), "page 3 is as it was");
      String objects = everyStringAndStream(pdf);
      for (String secret : List.of("Halvorsen", "Jane Roe", "unlawful")) {
        assertFalse(objects.contains(secret), secret + " is in none of the PDF's objects");
      }
      PDFRenderer renderer = new PDFRenderer(pdf);
      String ocr1 = Ocr.read(renderer.renderImage(0, 300 / 72f, ImageType.GRAY));
      String ocr2 = Ocr.read(renderer.renderImage(1, 300 / 72f, ImageType.GRAY));
      assertTrue(ocr1.contains("Shipment") && ocr1.contains("Wednesday"), ocr1);
      assertTrue(ocr2.contains("patient") && ocr2.contains("discharged"), ocr2);
      for (String secret : SECRETS) {
        assertFalse(ocr1.contains(secret) || ocr2.contains(secret), secret + " read by OCR");
      }
    }

    // One page's image, as a production's single-page TIFF is made from it.
    HttpResponse<byte[]> image =
        paralegal.getBytes("api/documents/" + letter + "/redacted/pages/1/image?dpi=300");
    assertEquals(200, image.statusCode());
    String ocrImage = Ocr.read(ImageIO.read(new ByteArrayInputStream(image.body())));
    assertFalse(ocrImage.contains("Halvorsen") || ocrImage.contains("unlawful"), ocrImage);
    assertTrue(ocrImage.contains("Shipment"), ocrImage);

    // The original is untouched: the bytes uploaded, under the same SHA-256.
    HttpResponse<byte[]> original = paralegal.getBytes("api/documents/" + letter + "/original");
    String sha256 =
        Api.object(paralegal.get("api/documents/" + letter))
            .getJsonObject("document")
            .getString("sha256");
    assertEquals(sha256Of(uploaded), sha256Of(original.body()));
    assertEquals(sha256Of(uploaded), sha256);
    try (PDDocument pdf = Loader.loadPDF(original.body())) {
      assertTrue(textOf(pdf, 1).contains("Halvorsen"), "the original keeps its words");
    }
  }

  @Test
  void badBoxesAndRangesAreRefusedWithWhatIsWrong() {
    long other =
        matter.upload(
            FictionLetter.FILE_NAME.replace(".pdf", "-2.pdf"),
            FictionLetter.pdf("refusals " + System.nanoTime()),
            "EVIDENCE",
            "OTHER");
    long note =
        matter.upload(
            "note-fiction.txt",
            ("A fiction note naming Jane Roe. " + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8),
            "EVIDENCE",
            "OTHER");
    matter.admin().awaitExtraction(matter.id());
    Api paralegal = matter.paralegal();
    assertRefused(
        paralegal.post(redactions(other), box(1, new double[] {0.6, 0.1, 0.5, 0.1}, "PRIVACY")),
        "The box runs off the right of the page: x + w is 1.1");
    assertRefused(
        paralegal.post(redactions(other), box(4, new double[] {0.1, 0.1, 0.2, 0.1}, "PRIVACY")),
        "There is no page 4 to redact: the document has 3 pages");
    assertRefused(
        paralegal.post(redactions(other), box(1, new double[] {0.1, 0.1, 0, 0.1}, "PRIVACY")),
        "A box must have a size");
    assertRefused(
        paralegal.post(
            redactions(other),
            "{\"page\":1,\"box\":{\"x\":0.1,\"y\":0.1,\"h\":0.1},\"reason\":\"PRIVACY\"}"),
        "box.w is required");
    assertRefused(
        paralegal.post(
            redactions(other), "{\"page\":1,\"box\":{\"x\":0.1,\"y\":0.1,\"w\":0.1,\"h\":0.1}}"),
        "reason is required: one of PRIVILEGE, WORK_PRODUCT, PRIVACY, TRADE_SECRET");
    assertRefused(
        paralegal.post(
            redactions(other),
            "{\"page\":1,\"box\":{\"x\":0.1,\"y\":0.1,\"w\":0.1,\"h\":0.1},\"reason\":\"SECRET\"}"),
        "reason must be one of PRIVILEGE, WORK_PRODUCT, PRIVACY, TRADE_SECRET (not 'SECRET')");
    assertRefused(
        paralegal.post(
            redactions(other),
            "{\"page\":1,\"box\":{\"x\":0.1,\"y\":0.1,\"w\":0.1,\"h\":0.1},\"startPage\":1,\"reason\":\"PRIVACY\"}"),
        "not both");
    assertRefused(
        paralegal.post(redactions(other), "{\"reason\":\"PRIVACY\"}"),
        "Send a box ({page, box: {x, y, w, h}}");
    assertRefused(
        paralegal.post(
            redactions(other),
            "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":9999,\"reason\":\"PRIVACY\"}"),
        "The end offset 9999 falls outside page 1");
    assertRefused(
        paralegal.post(
            redactions(other),
            "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"reason\":\"PRIVACY\"}"),
        "endOffset is required");
    assertRefused(
        paralegal.post(redactions(note), box(1, new double[] {0.1, 0.1, 0.2, 0.1}, "PRIVACY")),
        "is not a PDF, so it has no page images to draw a box on");
    HttpResponse<String> onText =
        paralegal.post(redactions(note), words(note, 1, "Jane Roe", "PRIVACY"));
    assertEquals(201, onText.statusCode(), "a text's words may be redacted: " + onText.body());
    String noteText = pageText(note, 1);
    assertTrue(noteText.contains("naming [REDACTED]."), noteText);
    assertEquals(0, Api.array(paralegal.get(redactions(other))).size(), "nothing was stored");
  }

  @Test
  void aViewerCannotRedactAndAnotherMattersDocumentIsNotFound() {
    long doc =
        matter.upload(
            FictionLetter.FILE_NAME.replace(".pdf", "-3.pdf"),
            FictionLetter.pdf("access " + System.nanoTime()),
            "EVIDENCE",
            "OTHER");
    matter.admin().awaitExtraction(matter.id());
    String body = box(1, FictionLetter.OVER_FIRST_LINE, "PRIVILEGE");
    assertEquals(403, matter.viewer().post(redactions(doc), body).statusCode());
    HttpResponse<String> made = matter.paralegal().post(redactions(doc), body);
    assertEquals(201, made.statusCode(), made.body());
    long id = Api.object(made).getJsonNumber("id").longValue();

    TestMatter elsewhere = TestMatter.small("redactions-elsewhere");
    Api stranger = elsewhere.paralegal();
    assertEquals(404, stranger.get(redactions(doc)).statusCode());
    assertEquals(404, stranger.post(redactions(doc), body).statusCode());
    assertEquals(404, stranger.get("api/redactions/" + id).statusCode());
    assertEquals(404, stranger.delete("api/redactions/" + id).statusCode());
    assertEquals(404, stranger.getBytes("api/documents/" + doc + "/redacted").statusCode());

    assertEquals(403, matter.viewer().delete("api/redactions/" + id).statusCode());
    assertEquals(204, matter.paralegal().delete("api/redactions/" + id).statusCode());
    assertEquals(404, matter.paralegal().get("api/redactions/" + id).statusCode());
    assertEquals(0, Api.array(matter.paralegal().get(redactions(doc))).size());

    List<String> history =
        Api.array(matter.viewer().get("api/documents/" + doc + "/history"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(h -> "redaction".equals(h.getString("subject")))
            .map(h -> h.getString("change") + " by " + h.getString("by"))
            .toList();
    assertEquals(
        List.of("added by " + matter.paralegalName(), "removed by " + matter.paralegalName()),
        history,
        "the redaction's life is in the document's history");
  }

  private static void assertRefused(HttpResponse<String> response, String message) {
    assertEquals(400, response.statusCode(), response.body());
    String error = Api.object(response).getString("error");
    assertTrue(error.contains(message), "expected '" + message + "' in: " + error);
  }

  private static String pageText(long documentId, int page) {
    JsonObject p =
        Api.object(matter.viewer().get("api/documents/" + documentId + "/redacted/pages/" + page));
    assertTrue(p.getBoolean("redacted"), p.toString());
    return p.getString("text");
  }

  private static String textOf(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  /** Every string of the PDF and every stream decoded, as Latin-1, for a search of its words. */
  private static String everyStringAndStream(PDDocument pdf) throws IOException {
    StringBuilder all = new StringBuilder();
    for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
      COSBase object = pdf.getDocument().getObjectFromPool(key).getObject();
      if (object instanceof COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
          all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
          // an image filter PDFBox cannot decode: not text
        }
      } else if (object instanceof COSString string) {
        all.append(string.getString());
      }
      all.append('\n');
    }
    return all.append(pdf.getDocumentInformation().getCOSObject()).toString();
  }

  private static String sha256Of(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
