package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * The API's edges over HTTP: malformed bodies and parameters answer 400 naming the field, the
 * runtime's own refusals and BadRequestException answer the same {"error": …} body, searches too
 * large to run are refused, downloads carry RFC 6266 names, and the OpenAPI document lists every
 * path the README documents.
 */
class ApiEdgesIT {
  final URL base = TestServer.url();
  private static TestMatter mine;

  @BeforeAll
  static void aMatterOfItsOwn() {
    mine = TestMatter.small("api-edges");
  }

  private static void assertError(int status, String expected, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    String error = Api.object(response).getString("error");
    assertTrue(error.contains(expected), error);
  }

  private long firstDocument(Api admin) {
    long matter = mine.id();
    admin.awaitExtraction(matter);
    return Api.object(admin.get("api/matters/" + matter))
        .getJsonArray("documents")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void malformedBodiesAnswer400NamingTheFieldAndWhatItTakes() {
    Api admin = Api.admin(base);
    String annotations = "api/documents/" + firstDocument(admin) + "/annotations";
    assertError(
        400,
        "stance must be one of SUPPORTS, REFUTES, CONTEXT",
        admin.post(
            annotations,
            "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":3,"
                + "\"stance\":\"EVIL\",\"claimIds\":[1]}"));
    assertError(
        400, "startPage must be a whole number", admin.post(annotations, "{\"startPage\":\"x\"}"));
    assertError(
        400,
        "claimIds must be a list of whole numbers",
        admin.post(annotations, "{\"claimIds\":\"x\"}"));
    assertError(400, "not valid JSON", admin.post(annotations, "{\"startPage\":"));
    assertError(
        400,
        "role must be one of ADMIN, ATTORNEY, PARALEGAL, VIEWER",
        admin.post(
            "api/users",
            "{\"username\":\"x\",\"displayName\":\"x\",\"role\":\"NOPE\",\"password\":\"long-enough-1\"}"));
    assertError(
        400,
        "parties[].role must be one of",
        admin.post(
            "api/matters",
            "{\"caption\":\"c\",\"court\":\"c\",\"docketNumber\":\"edge-1\","
                + "\"parties\":[{\"name\":\"x\",\"role\":\"BAD\"}]}"));
    assertError(
        400,
        "filedOn must be a date",
        admin.post(
            "api/matters",
            "{\"caption\":\"c\",\"court\":\"c\",\"docketNumber\":\"edge-2\",\"filedOn\":\"2020-13-01\"}"));
  }

  @Test
  void theRuntimesRefusalsAndBadRequestExceptionsAnswerTheSameErrorBody() {
    Api admin = Api.admin(base);
    long matter = mine.id();
    assertError(
        400, "Send the file as the multipart part named 'file'", uploadWithoutFilePart(matter));
    assertError(
        400, "page='x' is not a number", admin.get("api/matters/" + matter + "/search?q=a&page=x"));
    assertError(404, "nothing at this address", admin.get("api/no-such-thing"));
    HttpResponse<String> wrongMethod = admin.delete("api/matters");
    assertError(405, "does not take that method", wrongMethod);
    assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"));
    assertError(401, "Sign in", Api.anonymous(base).get("api/matters"));
    assertError(401, "not accepted", Api.as(base, "admin", "wrong-password").get("api/matters"));
    assertError(403, "role does not allow", mine.viewer().post("api/search/reindex", ""));
  }

  @Test
  void searchesTooLargeToRunAreRefusedWithTheLimit() {
    Api admin = Api.admin(base);
    long matter = mine.id();
    String words = String.join("+", java.util.Collections.nCopies(1100, "board"));
    assertError(400, "at most 200", admin.get("api/matters/" + matter + "/search?q=" + words));
    // 50,000 levels are refused the same way (QuerySyntaxTest); an address carries about 2,000.
    String nested = "(".repeat(1_000) + "a" + ")".repeat(1_000);
    assertError(
        400, "nest more than 32 deep", admin.get("api/matters/" + matter + "/search?q=" + nested));
    String korean = String.join(" ", java.util.Collections.nCopies(190, "손해배상청구"));
    HttpResponse<String> withinLimit =
        admin.get(
            "api/matters/"
                + matter
                + "/search?q="
                + java.net.URLEncoder.encode(korean, StandardCharsets.UTF_8));
    assertEquals(
        200, withinLimit.statusCode(), "190 Korean words still run: " + withinLimit.body());
  }

  @Test
  void aDownloadOfANonAsciiNameCarriesAnAsciiFallbackAndTheExactUtf8Name() throws IOException {
    Api admin = Api.admin(base);
    long matter = mine.id();
    String name = "증거 Résumé " + System.nanoTime() + ".txt";
    // A ZIP entry carries the name in UTF-8 whatever the multipart header does with it.
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
      out.putNextEntry(new java.util.zip.ZipEntry(name));
      out.write("일론 머스크 edge test".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    HttpResponse<String> uploaded = admin.upload(matter, "edge.zip", zip.toByteArray());
    assertEquals(202, uploaded.statusCode(), uploaded.body());
    admin.awaitExtraction(matter);
    long id =
        Api.object(admin.get("api/matters/" + matter))
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("fileName", "").equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " was not unpacked"))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<byte[]> original = admin.getBytes("api/documents/" + id + "/original");
    assertEquals(200, original.statusCode());
    String stamp = name.replaceAll("\\D", "");
    assertEquals(
        "attachment; filename=\"Resume_"
            + stamp
            + ".txt\"; filename*=UTF-8''%EC%A6%9D%EA%B1%B0%20R%C3%A9sum%C3%A9%20"
            + stamp
            + ".txt",
        original.headers().firstValue("Content-Disposition").orElse(""));
  }

  private static final Pattern DOCUMENTED =
      Pattern.compile("`((?:GET|POST|PUT|DELETE)(?:\\|(?:GET|POST|PUT|DELETE))*) (/api/[^`?\\s]*)");

  /** "GET|POST /api/documents/{id}/annotations" lines of the README: path → methods. */
  static Map<String, Set<String>> documentedPaths() throws IOException {
    String readme =
        Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("README.md"));
    Map<String, Set<String>> paths = new TreeMap<>();
    Matcher m = DOCUMENTED.matcher(readme);
    while (m.find()) {
      for (String method : m.group(1).split("\\|")) {
        paths.computeIfAbsent(normalised(m.group(2)), p -> new TreeSet<>()).add(method);
      }
    }
    return paths;
  }

  private static String normalised(String path) {
    return path.substring(path.indexOf("/api/")).replaceAll("\\{[^}]+}", "{}");
  }

  @Test
  void theOpenApiDocumentListsEveryPathTheReadmeDocumentsWithItsMethods() throws IOException {
    Map<String, Set<String>> documented = documentedPaths();
    assertTrue(documented.size() > 20, "the README's API section: " + documented.keySet());
    HttpResponse<String> response = Api.anonymous(base).get("/openapi?format=JSON");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject served = Api.object(response).getJsonObject("paths");
    Map<String, Set<String>> offered = new TreeMap<>();
    for (String path : served.keySet()) {
      offered.put(
          normalised(path),
          served.getJsonObject(path).keySet().stream()
              .map(String::toUpperCase)
              .collect(Collectors.toCollection(TreeSet::new)));
    }
    for (Map.Entry<String, Set<String>> e : documented.entrySet()) {
      assertTrue(
          offered.containsKey(e.getKey()), e.getKey() + " is not in /openapi: " + offered.keySet());
      assertTrue(
          offered.get(e.getKey()).containsAll(e.getValue()),
          e.getKey()
              + " documents "
              + e.getValue()
              + ", /openapi offers "
              + offered.get(e.getKey()));
    }
    JsonObject badRequest =
        Api.object(response)
            .getJsonObject("components")
            .getJsonObject("responses")
            .getJsonObject("BadRequest");
    String errorSchema = badRequest.toString();
    assertTrue(
        errorSchema.contains("#/components/schemas/ErrorBody") || errorSchema.contains("\"error\""),
        errorSchema);
    JsonObject mark =
        served
            .getJsonObject(
                served.keySet().stream()
                    .filter(p -> p.endsWith("/api/documents/{id}/annotations"))
                    .findFirst()
                    .orElseThrow())
            .getJsonObject("post");
    assertTrue(
        mark.getJsonObject("responses").keySet().containsAll(Set.of("400", "401", "403", "404")),
        mark.toString());
    HttpResponse<String> ui = Api.anonymous(base).get("/openapi/ui/");
    assertEquals(200, ui.statusCode());
  }

  @Test
  void theClaimsListAnswersOnlyTheDocumentedFields() {
    Api admin = Api.admin(base);
    long matter = mine.id();
    JsonObject claim = Api.array(admin.get("api/matters/" + matter + "/claims")).getJsonObject(0);
    Set<String> keys = new TreeSet<>(claim.keySet());
    keys.add("parentId"); // null for a top-level claim, and JSON-B leaves nulls out
    assertEquals(
        new TreeSet<>(
            Set.of(
                "id",
                "parentId",
                "depth",
                "kind",
                "label",
                "text",
                "assertedBy",
                "supporting",
                "refuting",
                "context",
                "supportingWithElements",
                "refutingWithElements",
                "contextWithElements",
                "gap")),
        keys);
  }

  /** A multipart upload whose only part is not named {@code file}. */
  private HttpResponse<String> uploadWithoutFilePart(long matter) {
    String boundary = "edge-" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"notfile\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nx\r\n--"
            + boundary
            + "--\r\n";
    try {
      return java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .build()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      base.toURI().resolve("api/matters/" + matter + "/documents"))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString(
                                  (Api.ADMIN + ":" + Api.ADMIN_PASSWORD)
                                      .getBytes(StandardCharsets.UTF_8)))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
