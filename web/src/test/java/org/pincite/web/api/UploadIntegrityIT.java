package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FormSession;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * Uploads taken whole or not at all, on the wire: raw sockets send multipart bodies this test
 * builds itself (fiction), cut short, longer than declared, without their closing boundary, and
 * with file names browsers and other clients really send. A refused upload answers 400 with a JSON
 * error and leaves the matter's documents and the data directory's originals as they were (the
 * audit trail is per document: no document, no entry). And every download keeps the security
 * headers.
 */
class UploadIntegrityIT {
  static final String BOUNDARY = "UploadIntegrityIT-boundary";

  /** The test server's originals (content-addressed, web/target/it-data/originals). */
  static final Path ORIGINALS =
      Path.of(System.getProperty("pincite.it.data", "target/it-data")).resolve("originals");

  private static TestMatter matter;

  @BeforeAll
  static void aMatter() {
    matter = TestMatter.small("upload integrity");
    assertTrue(Files.isDirectory(ORIGINALS), "the test server's originals are at " + ORIGINALS);
  }

  @Test
  void aBodyShorterThanItsContentLengthIsRefusedAndStoresNothing() throws Exception {
    Upload upload = Upload.of("cut-short.txt", 4000);
    byte[] body = upload.body();
    // All the bytes but the last 1,000 (closing boundary included), then the client stops sending.
    Answer answer =
        refusedAndNothingStored(
            upload, Arrays.copyOf(body, body.length - 1000), body.length, Sending.HALF_CLOSE);
    assertTrue(answer.error().contains("cut short"), answer.error());
  }

  @Test
  void aWholeLookingBodyShorterThanDeclaredIsRefusedToo() throws Exception {
    Upload upload = Upload.of("declared-longer.txt", 100);
    byte[] body = upload.body();
    refusedAndNothingStored(upload, body, body.length + 500, Sending.HALF_CLOSE);
  }

  @Test
  void aBodyLongerThanItsContentLengthIsRefusedAndStoresNothing() throws Exception {
    // The case: Content-Length 1024 and far more sent; the server reads 1,024 bytes,
    // which hold a part with no closing boundary.
    Upload upload = Upload.of("declared-shorter.txt", 200_000);
    Answer answer = refusedAndNothingStored(upload, upload.body(), 1024, Sending.ALL);
    assertTrue(answer.error().contains("closing boundary"), answer.error());
  }

  @Test
  void aMultipartWithoutItsClosingBoundaryIsRefusedAndStoresNothing() throws Exception {
    Upload upload = Upload.of("no-closing-boundary.txt", 300);
    byte[] body = upload.body();
    byte[] open = Arrays.copyOf(body, body.length - ("--" + BOUNDARY + "--\r\n").length());
    Answer answer = refusedAndNothingStored(upload, open, open.length, Sending.ALL);
    assertTrue(answer.error().contains("closing boundary"), answer.error());
  }

  /**
   * The matter page's upload (p:fileUpload, read through the servlet's parts): cut short or without
   * its closing boundary, it is refused before Faces sees it.
   */
  @Test
  void aPageUploadThatDidNotArriveWholeIsRefusedAndStoresNothing() throws Exception {
    Upload upload = Upload.of("page-upload.txt", 3000);
    byte[] body = upload.body();
    byte[] open = Arrays.copyOf(body, body.length - ("--" + BOUNDARY + "--\r\n").length());
    byte[] cut = Arrays.copyOf(body, body.length - 1000);
    for (byte[] sent : List.of(open, cut)) {
      List<Long> before = documentIds();
      Instant start = Instant.now().minusSeconds(2);
      String request =
          authorized(sent == cut ? body.length : sent.length)
              .replace(
                  "/api/matters/" + matter.id() + "/documents", "/matter.xhtml?id=" + matter.id());
      Answer answer = Answer.send(request, sent, sent == cut ? Sending.HALF_CLOSE : Sending.ALL);
      assertEquals(400, answer.status(), answer.text());
      assertTrue(answer.text().contains("nothing was stored"), answer.text());
      assertEquals(before, documentIds(), "no document was added: " + answer.text());
      assertEquals(List.of(), storedWith(upload.marker(), start), "no original was stored");
    }
  }

  @Test
  void fileNamesComeThroughExactlyAsSent() throws Exception {
    Instant start = Instant.now().minusSeconds(2);
    Map<String, String> sentAs = new LinkedHashMap<>();
    sentAs.put("O'Brien's memo.txt", "filename=\"O'Brien's memo.txt\"");
    sentAs.put("Schriftsatz-Müller.pdf", "filename=\"Schriftsatz-Müller.pdf\"");
    sentAs.put("契約書.txt", "filename=\"契約書.txt\"");
    // RFC 5987 / 7578: an ASCII stand-in and the exact name percent-encoded in filename*.
    sentAs.put(
        "D'Arcy – Antwort.txt",
        "filename=\"D_Arcy_Antwort.txt\"; filename*=UTF-8''D%27Arcy%20%E2%80%93%20Antwort.txt");
    for (Map.Entry<String, String> name : sentAs.entrySet()) {
      Upload upload = Upload.of(name.getValue(), 50);
      byte[] body = upload.body();
      Answer answer = Answer.send(authorized(body.length), body, Sending.ALL);
      assertEquals(202, answer.status(), answer.text());
      JsonObject document = answer.json().getJsonObject("document");
      assertEquals(name.getKey(), document.getString("fileName"), answer.text());
      long id = document.getJsonNumber("id").longValue();
      assertEquals(
          name.getKey(),
          matter.detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
              .filter(d -> d.getJsonNumber("id").longValue() == id)
              .findFirst()
              .orElseThrow()
              .getString("fileName"));
      // The check the refusals rely on finds what a whole upload stored.
      assertFalse(storedWith(upload.marker(), start).isEmpty(), "the original is stored");
    }
  }

  @Test
  void everyDownloadKeepsTheSecurityHeaders() {
    long pdf =
        matter.upload(
            "complaint-illustrative.pdf", DemoMatterContent.complaintPdf(), "FILING", "COMPLAINT");
    matter.admin().awaitExtraction(matter.id());
    long claim = matter.claimIdOfFirst();
    Api viewer = matter.viewer();
    Map<String, HttpResponse<byte[]>> downloads = new LinkedHashMap<>();
    downloads.put("original", viewer.getBytes("api/documents/" + pdf + "/original"));
    downloads.put("page image", viewer.getBytes("api/documents/" + pdf + "/pages/1/image"));
    downloads.put(
        "claim report",
        viewer.getBytes("api/matters/" + matter.id() + "/claims/" + claim + "/report"));
    for (String format : List.of("pdf", "docx", "csv")) {
      downloads.put(
          "claim chart " + format,
          viewer.getBytes("api/matters/" + matter.id() + "/claim-chart?format=" + format));
    }
    downloads.put(
        "chronology csv", viewer.getBytes("api/matters/" + matter.id() + "/chronology?format=csv"));
    downloads.put("missing original", viewer.getBytes("api/documents/999999999/original"));
    downloads.put(
        "missing page image", viewer.getBytes("api/documents/" + pdf + "/pages/99/image"));
    downloads.forEach(
        (what, answer) -> {
          assertEquals(
              what.startsWith("missing") ? 404 : 200, answer.statusCode(), what + ": status");
          assertSecurityHeaders(what, answer.headers());
        });

    // A range asked of an original: the whole file (no partial answers), with the headers.
    HttpResponse<byte[]> ranged =
        viewer.getBytes("api/documents/" + pdf + "/original", Map.of("Range", "bytes=0-9"));
    assertEquals(200, ranged.statusCode());
    assertEquals(DemoMatterContent.complaintPdf().length, ranged.body().length);
    assertSecurityHeaders("ranged original", ranged.headers());

    // The chronology page's CSV export resets the response before writing the file.
    FormSession page =
        FormSession.signIn(TestServer.url(), matter.viewerName(), TestMatter.PASSWORD);
    String chronology = page.get("chronology.xhtml?matter=" + matter.id()).body();
    Map<String, String> fields = FormSession.hiddenFields(chronology);
    fields.put("chronology:csv", "Export CSV");
    fields.put("primefaces.nonce", FormSession.nonce(chronology));
    HttpResponse<String> csv =
        page.postForm("chronology.xhtml?matter=" + matter.id(), fields, Map.of());
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().map().toString());
    assertSecurityHeaders("chronology page export", csv.headers());
  }

  private static void assertSecurityHeaders(String what, java.net.http.HttpHeaders headers) {
    assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), what);
    assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), what);
    assertEquals(List.of("same-origin"), headers.allValues("Referrer-Policy"), what);
    assertEquals(List.of("no-store"), headers.allValues("Cache-Control"), what);
    assertFalse(headers.allValues("Content-Security-Policy").isEmpty(), what);
  }

  /**
   * Sends {@code sent} declaring {@code declared} bytes; asserts the 400 with a JSON error, that
   * the matter's documents are the same afterwards and that no original holds the upload's marker.
   */
  private static Answer refusedAndNothingStored(
      Upload upload, byte[] sent, long declared, Sending sending) throws IOException {
    List<Long> before = documentIds();
    Instant start = Instant.now().minusSeconds(2);
    Answer answer = Answer.send(authorized(declared), sent, sending);
    assertEquals(400, answer.status(), answer.text());
    assertTrue(
        answer.header("Content-Type").startsWith("application/json"),
        answer.header("Content-Type"));
    assertTrue(answer.error().contains("nothing was stored"), answer.error());
    assertEquals(before, documentIds(), "no document was added: " + answer.text());
    assertEquals(List.of(), storedWith(upload.marker(), start), "no original was stored");
    // The server is still up and takes the same file whole.
    byte[] whole = upload.body();
    Answer again = Answer.send(authorized(whole.length), whole, Sending.ALL);
    assertEquals(202, again.status(), again.text());
    return answer;
  }

  private static List<Long> documentIds() {
    return matter.detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getJsonNumber("id").longValue())
        .sorted()
        .toList();
  }

  /** The originals written since {@code since} that hold {@code marker}. */
  private static List<Path> storedWith(byte[] marker, Instant since) {
    try (Stream<Path> files = Files.walk(ORIGINALS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> modifiedSince(f, since))
          .filter(f -> contains(f, marker))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean modifiedSince(Path file, Instant since) {
    try {
      return Files.getLastModifiedTime(file).compareTo(FileTime.from(since)) >= 0;
    } catch (IOException e) {
      return false; // moved away meanwhile (an upload's temporary file)
    }
  }

  private static boolean contains(Path file, byte[] marker) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      return text.contains(new String(marker, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return false;
    }
  }

  private static String authorized(long declared) {
    String credentials = matter.paralegalName() + ":" + TestMatter.PASSWORD;
    return "POST /api/matters/"
        + matter.id()
        + "/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
        + "\r\nContent-Type: multipart/form-data; boundary="
        + BOUNDARY
        + "\r\nContent-Length: "
        + declared
        + "\r\nConnection: close\r\n\r\n";
  }

  /** How the client sends: all it has, or all it has and then closes its side. */
  enum Sending {
    ALL,
    HALF_CLOSE
  }

  /**
   * A text file of {@code size} bytes carrying a marker of its own, in a multipart body with the
   * Content-Disposition parameters {@code fileParameters} (or a plain file name) and a kind part.
   */
  record Upload(String fileParameters, byte[] marker, int size) {
    static Upload of(String fileParameters, int size) {
      String parameters =
          fileParameters.contains("filename")
              ? fileParameters
              : "filename=\"" + fileParameters + "\"";
      byte[] marker = ("UploadIntegrityIT-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
      return new Upload(parameters, marker, size);
    }

    byte[] content() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("A fictional note for the upload tests. ".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(marker);
      while (out.size() < size) {
        out.writeBytes(" lorem ipsum dolor sit amet\n".getBytes(StandardCharsets.UTF_8));
      }
      return out.toByteArray();
    }

    byte[] body() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nEVIDENCE\r\n--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"file\"; "
                  + fileParameters
                  + "\r\nContent-Type: text/plain\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content());
      out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }
  }

  /** One answer read off a raw socket: status, headers, body (Content-Length or chunked). */
  record Answer(int status, List<String> lines, String text) {
    static Answer send(String request, byte[] body, Sending sending) throws IOException {
      try (Socket socket = TransportIT.http("127.0.0.1")) {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        // Written beside the reading: the server may answer (and close) before it read it all.
        CompletableFuture<Void> writing =
            CompletableFuture.runAsync(
                () -> {
                  try {
                    out.write(body);
                    out.flush();
                    if (sending == Sending.HALF_CLOSE) {
                      socket.shutdownOutput();
                    }
                  } catch (IOException e) {
                    // the server stopped reading: its answer says why
                  }
                });
        InputStream in = socket.getInputStream();
        TransportIT.Answer head = TransportIT.Answer.read(in);
        Answer answer = new Answer(head.status(), head.lines(), "");
        String text = new String(answer.body(in), StandardCharsets.UTF_8);
        writing.cancel(true);
        return new Answer(head.status(), head.lines(), text);
      }
    }

    private byte[] body(InputStream in) throws IOException {
      String length = header("Content-Length");
      if (!length.isEmpty()) {
        return in.readNBytes(Integer.parseInt(length));
      }
      if (header("Transfer-Encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
          String size = line(in).split(";")[0].strip();
          int n = Integer.parseInt(size, 16);
          if (n == 0) {
            return out.toByteArray();
          }
          out.writeBytes(in.readNBytes(n));
          line(in);
        }
      }
      return in.readAllBytes();
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }

    String header(String name) {
      return lines.stream()
          .filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(l -> l.substring(name.length() + 1).strip())
          .findFirst()
          .orElse("");
    }

    JsonObject json() {
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
        return reader.readObject();
      }
    }

    String error() {
      return json().getString("error");
    }
  }
}
