package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.HostileFiles;
import org.pincite.web.testing.TestMatter;

/**
 * What one hostile file may cost the server, over the API, each file built here (fiction): a huge
 * page is drawn within the pixel budget, a ZIP bomb is judged without inflating it in the upload,
 * nested archives stop at one budget for the upload, and OCR keeps its page budget, shows its queue
 * and can be cancelled. The test server's budgets are small (web/pom.xml): 100 archive entries and
 * 16 MB per upload, 5 OCR pages per document.
 */
class ResourceBudgetsIT {
  private static final long MAX_PIXELS = 25_000_000L;

  @Test
  void aHugePageIsDrawnWithinTheBudgetAndTwoAtOnceBothAnswer() throws IOException {
    TestMatter matter = TestMatter.small("huge-page");
    byte[] pdf = HostileFiles.hugePagePdf(14_400);
    assertTrue(pdf.length < 2_000, "a small file: " + pdf.length + " bytes");
    long id = matter.upload("huge-page.pdf", pdf, "EVIDENCE", "OTHER");
    matter.admin().awaitExtraction(matter.id());
    Api viewer = matter.viewer();
    String image = "api/documents/" + id + "/pages/1/image?dpi=";
    long start = System.nanoTime();
    // Two renders at once (two resolutions: two images, not one shared), each asked far beyond
    // what the page could be drawn at: 200 dpi would be 40,000 × 40,000 pixels, 6.4 GB.
    CompletableFuture<HttpResponse<byte[]>> at200 =
        CompletableFuture.supplyAsync(() -> viewer.getBytes(image + "200"));
    CompletableFuture<HttpResponse<byte[]>> at150 =
        CompletableFuture.supplyAsync(() -> viewer.getBytes(image + "150"));
    for (HttpResponse<byte[]> response : List.of(at200.join(), at150.join())) {
      assertEquals(200, response.statusCode(), new String(response.body()));
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(response.body()));
      long pixels = (long) png.getWidth() * png.getHeight();
      assertTrue(pixels <= MAX_PIXELS, png.getWidth() + " × " + png.getHeight());
      assertTrue(png.getWidth() >= 4_990, "as large as the budget allows: " + png.getWidth());
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    assertTrue(seconds < 120, "both drawn in " + seconds + " s");
    // Asked beyond the cap, the dpi is the cap's: the image comes from the same cache entry.
    HttpResponse<byte[]> at9000 = viewer.getBytes(image + "9000");
    assertEquals(200, at9000.statusCode());
  }

  @Test
  void aZipOfGigabytesOfZerosIsAnsweredAtOnceAndStoppedWithItsStatus() {
    TestMatter matter = TestMatter.small("zip-bomb");
    // 7 GiB of zeros in 7.3 MB (the test server takes 8 MB at most; 10 GiB would be 10.4 MB).
    byte[] bomb = HostileFiles.zerosZip("zeros.bin", 7 * 64);
    assertTrue(bomb.length < 8 * 1024 * 1024, bomb.length + " bytes");
    // Sending and storing 7.3 MB takes its time on a busy machine: the bomb is timed against a
    // file of the same size that holds nothing to inflate (random bytes, fiction too).
    byte[] plain = new byte[bomb.length];
    new java.util.Random(12).nextBytes(plain);
    long start = System.nanoTime();
    HttpResponse<String> same = matter.paralegal().upload(matter.id(), "noise.bin", plain);
    long plainMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(202, same.statusCode(), same.body());
    start = System.nanoTime();
    HttpResponse<String> uploaded = matter.paralegal().upload(matter.id(), "zeros.zip", bomb);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(202, uploaded.statusCode(), uploaded.body());
    // Before: the sniffer inflated every byte inside the request (17 s for 10 GiB, growing with
    // the size). An upper bound of a hang, not a benchmark: about as long as the plain file, and
    // under 5 s on an idle machine (20 s as a bound for a machine running the whole suite).
    assertTrue(
        millis < 2 * plainMillis + 2_000 && millis < 20_000,
        "answered in " + millis + " ms; the same size of noise in " + plainMillis + " ms");
    long id = Api.object(uploaded).getJsonObject("document").getJsonNumber("id").longValue();
    matter.admin().awaitExtraction(matter.id());
    JsonObject detail = Api.object(matter.admin().get("api/documents/" + id));
    JsonObject document = detail.getJsonObject("document");
    assertEquals("FAILED", document.getString("status"));
    String reason = document.getString("statusReason");
    assertTrue(
        reason.startsWith(
            "The archive expands beyond the upload budget of 100 entries / 16 MB: stopped at"
                + " 'zeros.bin' (it expands more than 200 times its compressed size"),
        reason);
    assertTrue(reason.contains("The original is kept; the 0 files taken"), reason);
    assertEquals(0, detail.getJsonArray("attachments").size());
    assertEquals(200, matter.admin().getBytes("api/documents/" + id + "/original").statusCode());
  }

  @Test
  void nestedArchivesStopAtOneBudgetForTheWholeUpload() {
    TestMatter matter = TestMatter.small("nested-zips");
    int before = matter.detail().getJsonArray("documents").size();
    byte[] nested = HostileFiles.nestedZip(6, 3); // 6 + 36 + 216 entries in a few KB
    assertTrue(nested.length < 64 * 1024, nested.length + " bytes");
    long id = matter.upload("boxes.zip", nested, "EVIDENCE", "OTHER");
    matter.admin().awaitExtraction(matter.id(), 180);
    List<JsonObject> documents =
        matter.detail().getJsonArray("documents").getValuesAs(JsonObject.class);
    assertEquals(
        before + 1 + 100, documents.size(), "the upload and the 100 entries its budget took");
    JsonObject root =
        Api.object(matter.admin().get("api/documents/" + id)).getJsonObject("document");
    assertEquals("FAILED", root.getString("status"));
    assertTrue(
        root.getString("statusReason")
            .matches(
                "The archive expands beyond the upload budget of 100 entries / 16 MB: stopped at"
                    + " 'box-1-\\d/?.*' \\(one entry more than the budget allows\\) after 100"
                    + " entries and .* MB\\. The original is kept; the 100 files taken within the"
                    + " budget are documents below, the rest was not unpacked\\."),
        root.getString("statusReason"));
    // The archives inside were unpacked with the upload's budget, never again with their own.
    long innerZips =
        documents.stream().filter(d -> d.getString("fileName").startsWith("box-")).count();
    assertTrue(innerZips >= 6, "inner archives: " + innerZips);
    assertTrue(
        documents.stream()
            .filter(d -> d.getString("fileName").startsWith("box-"))
            .noneMatch(d -> d.getString("status").equals("PENDING")));
  }

  @Test
  void aScanOverTheOcrBudgetWaitsWithTheReason() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "Tesseract is installed");
    TestMatter matter = TestMatter.small("ocr-budget");
    long id = matter.upload("six-blank-pages.pdf", HostileFiles.blankPdf(6), "EVIDENCE", "OTHER");
    matter.admin().awaitExtraction(matter.id());
    JsonObject document =
        Api.object(matter.admin().get("api/documents/" + id)).getJsonObject("document");
    assertEquals("NEEDS_OCR", document.getString("status"));
    assertEquals(
        "OCR budget: 6 pages, over the limit of 5 per document; an administrator can raise"
            + " PINCITE_OCR_MAX_PAGES_PER_DOCUMENT",
        document.getString("statusReason"));
  }

  @Test
  void theQueueShowsWhatWaitsForWhomAndItsUploaderOrAnAdministratorCancels() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "Tesseract is installed");
    TestMatter matter = TestMatter.small("ocr-queue");
    TestMatter other = TestMatter.small("ocr-queue-other");
    List<Long> scans = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      scans.add(matter.upload("scan-" + i + ".pdf", HostileFiles.blankPdf(5), "EVIDENCE", "OTHER"));
    }
    List<JsonObject> mine =
        Api.array(matter.paralegal().get("api/ocr/queue")).getValuesAs(JsonObject.class);
    List<JsonObject> ours =
        mine.stream()
            .filter(q -> scans.contains(q.getJsonNumber("documentId").longValue()))
            .toList();
    assertFalse(ours.isEmpty(), "the paralegal's scans wait or are read: " + mine);
    JsonObject last = ours.get(ours.size() - 1);
    assertEquals(matter.paralegalName(), last.getString("requestedBy"));
    assertEquals(matter.id(), last.getJsonNumber("matterId").longValue());
    assertTrue(
        List.of("WAITING", "READING", "OCR").contains(last.getString("state")), last.toString());
    assertTrue(
        last.containsKey("queuedAt") && last.getJsonNumber("waitingSeconds").longValue() >= 0);
    // The administrator sees it too; the viewer asked for nothing and sees none of it.
    assertTrue(
        matter.admin().get("api/ocr/queue").body().contains("\"documentId\":" + scans.get(3)));
    assertFalse(
        matter.viewer().get("api/ocr/queue").body().contains("\"documentId\":" + scans.get(3)));

    long target = last.getJsonNumber("documentId").longValue();
    String cancel = "api/documents/" + target + "/ocr/cancel";
    HttpResponse<String> byViewer = matter.viewer().post(cancel, "");
    assertEquals(403, byViewer.statusCode(), byViewer.body());
    HttpResponse<String> byStranger = other.paralegal().post(cancel, "");
    assertEquals(404, byStranger.statusCode(), byStranger.body());
    HttpResponse<String> missing = other.paralegal().post("api/documents/999999999/ocr/cancel", "");
    assertEquals(404, missing.statusCode());
    assertEquals(
        Api.object(missing).getString("error").replace("999999999", "" + target),
        Api.object(byStranger).getString("error"),
        "another matter's document reads as a missing one");

    HttpResponse<String> cancelled = matter.paralegal().post(cancel, "");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("NEEDS_OCR", Api.object(cancelled).getString("status"));
    assertTrue(
        Api.object(cancelled)
            .getString("statusReason")
            .startsWith("Reading cancelled by " + matter.paralegalName() + " on "),
        cancelled.body());
    HttpResponse<String> again = matter.paralegal().post(cancel, "");
    assertEquals(400, again.statusCode(), again.body());
    assertTrue(Api.object(again).getString("error").contains("nothing to cancel"), again.body());

    matter.admin().awaitExtraction(matter.id(), 180);
    JsonObject after =
        Api.object(matter.admin().get("api/documents/" + target)).getJsonObject("document");
    assertEquals("NEEDS_OCR", after.getString("status"), "the cancel stands: " + after);
    assertTrue(after.getString("statusReason").startsWith("Reading cancelled by"));
    assertFalse(
        matter.admin().get("api/ocr/queue").body().contains("\"documentId\":" + target + ","));
    // The audit trail says who cancelled: the revision that set the reason is the paralegal's.
    List<JsonObject> history =
        Api.array(matter.admin().get("api/documents/" + target + "/history"))
            .getValuesAs(JsonObject.class);
    assertTrue(
        history.stream()
            .anyMatch(
                r ->
                    r.getString("by").equals(matter.paralegalName())
                        && r.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                            .anyMatch(
                                c ->
                                    !c.isNull("after")
                                        && c.getString("after").startsWith("Reading cancelled"))),
        history.toString());
  }
}
