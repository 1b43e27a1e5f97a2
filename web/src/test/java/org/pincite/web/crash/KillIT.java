package org.pincite.web.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.HostileFiles;
import org.pincite.web.testing.OwnServer;
import org.pincite.web.testing.TestMatter;

/**
 * Pincite killed with {@code kill -9} in the middle of work, on a server of its own (two starts:
 * before and after the kill), with the default H2 database: a bulk upload of 100 files from four
 * clients (text files, PDFs of 12 pages, scans going through OCR), reviewers marking passages, and
 * a rebuild of the search index, all at once. After the restart: every upload answered 202 is a
 * complete document with its original, extraction and OCR resumed and ended without doubled pages,
 * every passage answered 201 is there whole with its claims and its audit row (and no passage is
 * half-made), the index holds every page again, and the originals on disk are exactly the
 * documents' (no orphan file, no document whose file is missing). The fixture files are fiction.
 */
@ResourceLock(OwnServer.LOCK)
class KillIT {
  private static final int FILES = 100;
  private static final int KILL_AFTER_ANSWERED = 60;
  private static final int PDF_PAGES = 12;
  private static final String MARK = "kilomark";

  private record Sent(String fileName, String sha256, int pages, boolean scan) {}

  @Test
  void killedMidWorkTheServerComesBackWithEverythingItAnsweredAndNothingHalfMade()
      throws Exception {
    try (OwnServer server =
        new OwnServer(
            Map.of("PINCITE_ADMIN_PASSWORD", Api.ADMIN_PASSWORD, "PINCITE_DEMO", "false"))) {
      phase("start");
      server.start();
      server.awaitReady();
      URL base = server.url();
      phase("ready");
      TestMatter matter = TestMatter.small(base, "kill");
      long claimId = matter.claimIdOfFirst();
      long noteId = matter.documentFile("case-note.txt");
      String noteText =
          Api.object(matter.admin().get("api/documents/" + noteId + "/pages/1")).getString("text");
      Api paralegal = matter.paralegal();
      Api admin = matter.admin();

      List<Sent> files = new ArrayList<>();
      Map<String, byte[]> contents = new HashMap<>();
      for (int i = 0; i < FILES; i++) {
        byte[] content;
        Sent sent;
        if (i % 25 == 7) {
          content = scan(i);
          sent = new Sent("scan-" + i + ".pdf", sha256(content), 2, true);
        } else if (i % 10 == 3) {
          content = pdf(i);
          sent = new Sent("bundle-" + i + ".pdf", sha256(content), PDF_PAGES, false);
        } else {
          content =
              ("Fiction for a crash test, file " + i + ": the " + MARK + " of exhibit " + i + ".\n")
                  .getBytes(StandardCharsets.UTF_8);
          sent = new Sent("exhibit-" + i + ".txt", sha256(content), 1, false);
        }
        files.add(sent);
        contents.put(sent.fileName(), content);
      }

      phase("matter made");
      Map<Long, Sent> answeredUploads = new ConcurrentHashMap<>();
      Map<Long, String> answeredPassages = new ConcurrentHashMap<>();
      AtomicInteger next = new AtomicInteger();
      CountDownLatch enough = new CountDownLatch(KILL_AFTER_ANSWERED);
      ExecutorService clients = Executors.newFixedThreadPool(6);
      for (int c = 0; c < 4; c++) {
        clients.submit(
            () -> {
              for (int i; (i = next.getAndIncrement()) < FILES; ) {
                Sent sent = files.get(i);
                try {
                  HttpResponse<String> r =
                      paralegal.upload(matter.id(), sent.fileName(), contents.get(sent.fileName()));
                  if (r.statusCode() == 202) {
                    JsonObject document = Api.object(r).getJsonObject("document");
                    answeredUploads.put(document.getJsonNumber("id").longValue(), sent);
                    enough.countDown();
                  }
                } catch (RuntimeException killed) {
                  return;
                }
              }
            });
      }
      clients.submit(
          () -> {
            for (int n = 0; n < 10_000; n++) {
              int from = (n * 7) % (noteText.length() - 30);
              int to = from + 10 + n % 20;
              String note = "kill-" + n;
              try {
                HttpResponse<String> r =
                    paralegal.post(
                        "api/documents/" + noteId + "/annotations",
                        Json.createObjectBuilder()
                            .add("startPage", 1)
                            .add("startOffset", from)
                            .add("endPage", 1)
                            .add("endOffset", to)
                            .add("quote", noteText.substring(from, to))
                            .add("stance", "SUPPORTS")
                            .add("claimIds", Json.createArrayBuilder().add(claimId))
                            .add("note", note)
                            .build()
                            .toString());
                if (r.statusCode() == 201) {
                  answeredPassages.put(Api.object(r).getJsonNumber("id").longValue(), note);
                }
              } catch (RuntimeException killed) {
                return;
              }
            }
          });
      CountDownLatch reindexing = new CountDownLatch(1);
      clients.submit(
          () -> {
            try {
              enough.await();
            } catch (InterruptedException e) {
              return;
            }
            reindexing.countDown();
            try {
              admin.post("api/search/reindex", "");
            } catch (RuntimeException killed) {
              // the kill ends it
            }
          });

      assertTrue(enough.await(180, TimeUnit.SECONDS), "60 uploads answered: " + server.log());
      reindexing.await();
      Thread.sleep(150); // the reindex request reaches the server
      phase("60 answered");
      server.kill();
      clients.shutdownNow();
      assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
      int answeredBeforeKill = answeredUploads.size();
      assertTrue(answeredBeforeKill >= KILL_AFTER_ANSWERED);
      assertTrue(answeredBeforeKill < FILES, "the kill came mid-upload: " + answeredBeforeKill);

      phase("killed");
      server.start();
      server.awaitReady();
      phase("restarted");
      admin.awaitExtraction(matter.id(), 240);

      phase("extraction done");
      // Every upload answered 202 is a whole document: its original, its text, its pages once.
      Map<Long, JsonObject> documents =
          Api.object(admin.get("api/matters/" + matter.id()))
              .getJsonArray("documents")
              .getValuesAs(JsonObject.class)
              .stream()
              .collect(Collectors.toMap(d -> d.getJsonNumber("id").longValue(), d -> d));
      for (Map.Entry<Long, Sent> answered : answeredUploads.entrySet()) {
        JsonObject document = documents.get(answered.getKey());
        Sent sent = answered.getValue();
        assertTrue(document != null, "document " + answered.getKey() + " answered 202 is there");
        assertEquals(sent.sha256(), document.getString("sha256"), sent.fileName());
        HttpResponse<byte[]> original =
            admin.getBytes("api/documents/" + answered.getKey() + "/original");
        assertEquals(200, original.statusCode(), sent.fileName());
        assertEquals(sent.sha256(), sha256(original.body()), sent.fileName());
      }
      // No document is half-made, answered or not (an upload cut off by the kill may have
      // committed without its answer): each ended its reading with its pages once.
      Map<String, Sent> byName = files.stream().collect(Collectors.toMap(Sent::fileName, s -> s));
      int pagesWithTheMark = 0;
      for (JsonObject document : documents.values()) {
        String status = document.getString("status");
        Sent sent = byName.get(document.getString("fileName"));
        if (sent == null) {
          continue; // the matter's own case note
        }
        assertEquals(sent.sha256(), document.getString("sha256"), sent.fileName());
        int pages = document.getInt("pageCount");
        if (sent.scan()) {
          assertTrue(
              Set.of("EXTRACTED", "NEEDS_OCR").contains(status), sent.fileName() + " " + status);
          assertTrue(pages == 0 || pages == sent.pages(), sent.fileName() + ": " + pages);
        } else {
          assertEquals("EXTRACTED", status, sent.fileName() + ": " + document);
          assertEquals(sent.pages(), pages, sent.fileName() + ": pages once, not doubled");
          pagesWithTheMark += pages;
        }
      }
      assertEquals(
          documents.size() - 1,
          documents.values().stream().map(d -> d.getString("fileName")).distinct().count() - 1,
          "no file became two documents");

      // Every passage answered 201 is there whole, with its claim, quote and audit row.
      Map<Long, JsonObject> passages =
          Api.array(admin.get("api/documents/" + noteId + "/annotations"))
              .getValuesAs(JsonObject.class)
              .stream()
              .collect(Collectors.toMap(a -> a.getJsonNumber("id").longValue(), a -> a));
      assertFalse(answeredPassages.isEmpty(), "passages were being saved at the kill");
      for (Map.Entry<Long, String> answered : answeredPassages.entrySet()) {
        JsonObject passage = passages.get(answered.getKey());
        assertTrue(passage != null, "passage " + answered.getKey() + " answered 201 is there");
        assertEquals(answered.getValue(), passage.getString("note"));
      }
      for (JsonObject passage : passages.values()) {
        assertEquals(List.of((int) claimId), claimIds(passage), passage.toString());
        assertEquals(
            noteText.substring(passage.getInt("startOffset"), passage.getInt("endOffset")),
            passage.getString("quote"));
        HttpResponse<String> history =
            admin.get("api/annotations/" + passage.getJsonNumber("id") + "/history");
        assertEquals(200, history.statusCode(), history.body());
        assertFalse(Api.array(history).isEmpty(), "an audit row for " + passage);
      }

      phase("checked documents and passages");
      // The index holds every page again (rebuilt in the background after the unclean stop).
      awaitSearchTotal(admin, matter.id(), pagesWithTheMark);

      phase("index complete");
      // The originals on disk are exactly the documents' originals.
      Path originals = server.data().resolve("originals");
      Set<String> onDisk;
      try (Stream<Path> walk = Files.walk(originals)) {
        onDisk =
            walk.filter(Files::isRegularFile)
                .filter(f -> !originals.relativize(f).startsWith("incoming"))
                .map(f -> f.getFileName().toString())
                .collect(Collectors.toSet());
      }
      Set<String> held =
          documents.values().stream().map(d -> d.getString("sha256")).collect(Collectors.toSet());
      assertEquals(held, onDisk, "no orphan file, no document whose file is missing");
      try (Stream<Path> parts = Files.list(originals.resolve("incoming"))) {
        assertEquals(0, parts.count(), "no half-written upload left");
      } catch (java.nio.file.NoSuchFileException none) {
        // nothing was ever cut off
      }
      Path aside = server.data().resolve("unreferenced-originals");
      if (Files.isDirectory(aside)) {
        try (Stream<Path> set = Files.list(aside)) {
          for (Path file : set.toList()) {
            assertFalse(held.contains(file.getFileName().toString()), "set aside but held");
          }
        }
      }
      assertNotEquals(0, pagesWithTheMark);
    }
  }

  private static final long STARTED = System.nanoTime();

  /** What the phases took, in the test's output (the suite's time is watched). */
  private static void phase(String name) {
    System.out.printf("KillIT %6.1f s: %s%n", (System.nanoTime() - STARTED) / 1e9, name);
  }

  private static List<Integer> claimIds(JsonObject passage) {
    return passage.getJsonArray("claimIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::intValue)
        .toList();
  }

  private static void awaitSearchTotal(Api admin, long matterId, int expected)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    int total = -1;
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> found =
          admin.get("api/matters/" + matterId + "/search?q=" + MARK + "&size=1");
      if (found.statusCode() == 200) {
        total = Api.object(found).getInt("total");
        if (total == expected) {
          return;
        }
      }
      Thread.sleep(500);
    }
    assertEquals(expected, total, "pages with the mark found by search after the restart");
  }

  /** A PDF of {@link #PDF_PAGES} pages, each with a line of text holding the mark. */
  private static byte[] pdf(int n) {
    try (PDDocument document = new PDDocument()) {
      for (int p = 1; p <= PDF_PAGES; p++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 700);
          content.showText("Fiction: bundle " + n + ", page " + p + ", the " + MARK + ".");
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scan (no text layer) of two pages, different for each {@code n}. */
  private static byte[] scan(int n) {
    byte[] blank = HostileFiles.blankPdf(2);
    byte[] tagged = new byte[blank.length + 20];
    System.arraycopy(blank, 0, tagged, 0, blank.length);
    byte[] comment = ("\n%fiction " + n + "\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(comment, 0, tagged, blank.length, Math.min(20, comment.length));
    return tagged;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
