package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FormSession;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * Who may reach what, over HTTP: members against another matter's objects on every endpoint, roles,
 * CSRF, API tokens, downloads, concurrent edits and the audit history.
 */
class AccessControlIT {
  final URL base = TestServer.url();

  /** The members' own matter, like the demo, and another one none of them is on. */
  private static TestMatter mine;

  private static TestMatter other;

  @BeforeAll
  static void twoMatters() {
    mine = TestMatter.likeTheDemo("access");
    other = TestMatter.small("access-other");
  }

  private static JsonObject firstDocument(Api api, long matterId) {
    api.awaitExtraction(matterId);
    return Api.object(api.get("api/matters/" + matterId))
        .getJsonArray("documents")
        .getJsonObject(0);
  }

  private static long firstClaim(Api api, long matterId) {
    return Api.object(api.get("api/matters/" + matterId))
        .getJsonArray("claims")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static String markJson(long claimId, String stance, String note, int end) {
    return "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":"
        + end
        + ",\"stance\":\""
        + stance
        + "\",\"claimIds\":["
        + claimId
        + "],\"note\":\""
        + note
        + "\"}";
  }

  @Test
  void aMemberOfOneMatterReachesNothingOfAnotherOnAnyEndpoint() {
    Api admin = Api.admin(base);
    long second = other.id();
    admin.awaitExtraction(second);
    long document = firstDocument(admin, second).getJsonNumber("id").longValue();
    HttpResponse<String> marked =
        admin.post(
            "api/documents/" + document + "/annotations",
            markJson(firstClaim(admin, second), "SUPPORTS", "secret strategy note", 20));
    assertEquals(201, marked.statusCode(), marked.body());
    long annotation = Api.object(marked).getJsonNumber("id").longValue();
    long version = Api.object(marked).getJsonNumber("version").longValue();
    long musk = mine.id();
    long muskClaim = firstClaim(admin, musk);
    long secondClaim = firstClaim(admin, second);
    long secondParty =
        Api.object(admin.get("api/matters/" + second))
            .getJsonArray("parties")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> adminToken =
        Api.as(base, Api.ADMIN, Api.ADMIN_PASSWORD)
            .post("api/tokens", "{\"label\":\"admin's own\"}");
    assertEquals(201, adminToken.statusCode(), adminToken.body());
    long adminTokenId = Api.object(adminToken).getJsonNumber("id").longValue();

    Api paralegal = mine.paralegal();
    Map<String, HttpResponse<?>> attempts = new java.util.LinkedHashMap<>();
    attempts.put("matter", paralegal.get("api/matters/" + second));
    attempts.put("document", paralegal.get("api/documents/" + document));
    attempts.put("page", paralegal.get("api/documents/" + document + "/pages/1"));
    attempts.put("original", paralegal.getBytes("api/documents/" + document + "/original"));
    attempts.put("page image", paralegal.getBytes("api/documents/" + document + "/pages/1/image"));
    attempts.put("retry", paralegal.post("api/documents/" + document + "/retry", "{}"));
    attempts.put("passages", paralegal.get("api/documents/" + document + "/annotations"));
    attempts.put("document history", paralegal.get("api/documents/" + document + "/history"));
    attempts.put("passage history", paralegal.get("api/annotations/" + annotation + "/history"));
    attempts.put(
        "mark",
        paralegal.post(
            "api/documents/" + document + "/annotations", markJson(muskClaim, "REFUTES", "x", 5)));
    attempts.put(
        "restate",
        paralegal.put(
            "api/annotations/" + annotation,
            "{\"version\":"
                + version
                + ",\"stance\":\"REFUTES\",\"claimIds\":["
                + muskClaim
                + "]}"));
    attempts.put("remove", paralegal.delete("api/annotations/" + annotation));
    attempts.put("upload", paralegal.post("api/matters/" + second + "/documents", "{}"));
    attempts.put(
        "page highlights", paralegal.get("api/documents/" + document + "/pages/1/highlights"));
    attempts.put("claims", paralegal.get("api/matters/" + second + "/claims"));
    attempts.put(
        "orphaned passages", paralegal.get("api/matters/" + second + "/orphaned-passages"));
    attempts.put("chronology", paralegal.get("api/matters/" + second + "/chronology"));
    attempts.put(
        "chronology csv", paralegal.getBytes("api/matters/" + second + "/chronology?format=csv"));
    attempts.put("search", paralegal.get("api/matters/" + second + "/search?q=secret"));
    attempts.put("matter reindex", paralegal.post("api/matters/" + second + "/search/reindex", ""));
    attempts.put("index rebuild", paralegal.post("api/search/reindex", ""));
    attempts.put(
        "claim report",
        paralegal.getBytes(
            "api/matters/" + second + "/claims/" + secondClaim + "/report?format=csv"));
    attempts.put(
        "claim chart", paralegal.getBytes("api/matters/" + second + "/claim-chart?format=csv"));
    attempts.put(
        "suggestions",
        paralegal.get("api/matters/" + second + "/claims/" + secondClaim + "/suggestions"));
    // Their claim through our own matter's address.
    attempts.put(
        "their claim in our report",
        paralegal.getBytes(
            "api/matters/" + musk + "/claims/" + secondClaim + "/report?format=csv"));
    attempts.put(
        "their claim in our suggestions",
        paralegal.get("api/matters/" + musk + "/claims/" + secondClaim + "/suggestions"));
    attempts.put(
        "their claim in our chronology",
        paralegal.get("api/matters/" + musk + "/chronology?claim=" + secondClaim));
    attempts.put(
        "draft a claim",
        paralegal.post(
            "api/matters/" + second + "/claims",
            "{\"kind\":\"COUNT\",\"label\":\"x\",\"assertedByPartyId\":" + secondParty + "}"));
    attempts.put(
        "draft below their claim",
        paralegal.post(
            "api/matters/" + musk + "/claims",
            "{\"kind\":\"ELEMENT\",\"label\":\"x\",\"parentId\":" + secondClaim + "}"));
    attempts.put("revise a claim", paralegal.put("api/claims/" + secondClaim, "{\"label\":\"x\"}"));
    attempts.put("remove a claim", paralegal.delete("api/claims/" + secondClaim));
    attempts.put(
        "join matter",
        paralegal.put("api/users/" + mine.paralegalName() + "/matters/" + second, ""));
    attempts.put(
        "leave matter", paralegal.delete("api/users/" + mine.paralegalName() + "/matters/" + musk));
    attempts.put("users", paralegal.get("api/users"));
    attempts.put("another's token", paralegal.delete("api/tokens/" + adminTokenId));
    attempts.forEach(
        (what, response) -> {
          assertTrue(
              response.statusCode() == 404
                  || response.statusCode() == 403
                  || response.statusCode() == 415,
              what + " answered " + response.statusCode());
          String body =
              response.body() instanceof byte[] bytes
                  ? new String(bytes)
                  : String.valueOf(response.body());
          assertFalse(
              body.contains("secret strategy note") || body.contains("OPENAI name"),
              what + " leaked: " + body);
        });
    HttpResponse<String> still = admin.get("api/documents/" + document + "/annotations");
    assertTrue(still.body().contains("secret strategy note"), "the passage is untouched");
    assertTrue(still.body().contains("\"stance\":\"SUPPORTS\""), still.body());
    assertTrue(
        Api.array(admin.get("api/tokens")).getValuesAs(JsonObject.class).stream()
            .anyMatch(
                t ->
                    t.getJsonNumber("id").longValue() == adminTokenId
                        && (!t.containsKey("revokedAt") || t.isNull("revokedAt"))),
        "the administrator's token is not revoked");
  }

  @Test
  void anAdministratorAddsAUserAndPutsThemOnOneMatterWhichIsAllTheySee() {
    Api admin = Api.admin(base);
    long second = other.id();
    HttpResponse<String> added =
        admin.post(
            "api/users",
            "{\"username\":\"ann.attorney\",\"displayName\":\"Ann Attorney\",\"role\":\"ATTORNEY\",\"password\":\"correct horse battery\"}");
    assertEquals(201, added.statusCode(), added.body());
    Api attorney = Api.as(base, "ann.attorney", "correct horse battery");
    assertEquals(0, Api.array(attorney.get("api/matters")).size(), "on no matter yet");
    assertEquals(200, admin.put("api/users/ann.attorney/matters/" + second, "").statusCode());
    assertEquals(
        List.of(other.docket()),
        Api.array(attorney.get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList());
    assertEquals(
        400,
        admin
            .post(
                "api/users",
                "{\"username\":\"weak\",\"displayName\":\"Weak\",\"role\":\"VIEWER\",\"password\":\"short\"}")
            .statusCode());
    Api paralegal = mine.paralegal();
    assertEquals(
        403,
        paralegal
            .post(
                "api/users",
                "{\"username\":\"sneaky\",\"displayName\":\"S\",\"role\":\"ADMIN\",\"password\":\"correct horse battery\"}")
            .statusCode());
    assertEquals(
        403,
        paralegal.put("api/users/" + mine.paralegalName() + "/matters/" + second, "").statusCode());
    assertEquals(403, paralegal.get("api/users").statusCode());
  }

  @Test
  void onlyAnAdministratorOpensAMatterAndDocketNumbersStayUnique() {
    String body =
        "{\"caption\":\"Doe v. Roe\",\"court\":\"N.D. Cal.\",\"docketNumber\":\"3:26-cv-00001\",\"filedOn\":\"2026-01-05\","
            + "\"parties\":[{\"name\":\"Jane Doe\",\"role\":\"PLAINTIFF\"},{\"name\":\"Richard Roe\",\"role\":\"DEFENDANT\"}]}";
    assertEquals(403, mine.paralegal().post("api/matters", body).statusCode());
    Api admin = Api.admin(base);
    HttpResponse<String> opened = admin.post("api/matters", body);
    assertEquals(201, opened.statusCode(), opened.body());
    long id = Api.object(opened).getJsonNumber("id").longValue();
    JsonObject matter = Api.object(admin.get("api/matters/" + id));
    assertEquals(2, matter.getJsonArray("parties").size());
    HttpResponse<String> again = admin.post("api/matters", body);
    assertEquals(400, again.statusCode());
    assertTrue(Api.object(again).getString("error").contains("3:26-cv-00001"), again.body());
    assertEquals(
        List.of(mine.docket()),
        Api.array(mine.paralegal().get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList(),
        "a new matter is not shown to those not on it");
  }

  @Test
  void anUploadOverTheLimitIsRefusedAndNothingIsAdded() {
    Api admin = Api.admin(base);
    long second = other.id();
    int before = Api.object(admin.get("api/matters/" + second)).getJsonArray("documents").size();
    byte[] tooBig = new byte[10 * 1024 * 1024]; // the test server's limit is 8 MB
    java.util.Arrays.fill(tooBig, (byte) 'a');
    HttpResponse<String> refused = admin.upload(second, "too-big.txt", tooBig);
    assertEquals(413, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("limit of 8 MB"), refused.body());
    HttpResponse<String> empty = admin.upload(second, "empty.txt", new byte[0]);
    assertEquals(400, empty.statusCode());
    assertTrue(Api.object(empty).getString("error").contains("empty"), empty.body());
    assertEquals(
        before, Api.object(admin.get("api/matters/" + second)).getJsonArray("documents").size());
  }

  @Test
  void aViewerReadsButCannotAnnotateOrUpload() {
    Api viewer = mine.viewer();
    long musk = mine.id();
    long document = firstDocument(viewer, musk).getJsonNumber("id").longValue();
    assertEquals(200, viewer.get("api/documents/" + document + "/pages/1").statusCode());
    HttpResponse<String> refused =
        viewer.post(
            "api/documents/" + document + "/annotations",
            markJson(firstClaim(viewer, musk), "SUPPORTS", "viewer", 10));
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(Api.object(refused).getString("error").contains("read and export"), refused.body());
  }

  @Test
  void statefulRequestsWithoutTheirTokenOrFromAnotherSiteAreRefused() {
    FormSession session = FormSession.signIn(base, mine.paralegalName(), TestMatter.PASSWORD);
    HttpResponse<String> page = session.get("matters.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(
        page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src"),
        page.headers().map().toString());
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));

    // A Faces form posted without its view state.
    HttpResponse<String> noViewState =
        session.postForm(
            "matters.xhtml",
            Map.of("account", "account", "account:logout", "account:logout"),
            Map.of());
    assertEquals(403, noViewState.statusCode());
    // A post from another site.
    HttpResponse<String> crossSite =
        session.postForm(
            "login.xhtml", Map.of("login", "login"), Map.of("Origin", "https://attacker.example"));
    assertEquals(403, crossSite.statusCode());

    long musk = mine.paralegal().matterId(mine.docket());
    Api paralegal = mine.paralegal();
    long document = firstDocument(paralegal, musk).getJsonNumber("id").longValue();
    String mark = markJson(firstClaim(paralegal, musk), "CONTEXT", "from the page", 12);
    // An API call riding on the session cookie alone.
    HttpResponse<String> noToken =
        session.postJson("api/documents/" + document + "/annotations", mark, Map.of());
    assertEquals(403, noToken.statusCode(), noToken.body());
    HttpResponse<String> withToken =
        session.postJson(
            "api/documents/" + document + "/annotations",
            mark,
            Map.of("X-CSRF-Token", session.csrfToken()));
    assertEquals(201, withToken.statusCode(), withToken.body());
  }

  @Test
  void apiTokensSignCallsUntilRevoked() {
    Api paralegal = mine.paralegal();
    HttpResponse<String> created =
        Api.as(base, mine.paralegalName(), TestMatter.PASSWORD)
            .post("api/tokens", "{\"label\":\"laptop\"}");
    assertEquals(201, created.statusCode(), created.body());
    String token = Api.object(created).getString("token");
    long id = Api.object(created).getJsonNumber("id").longValue();
    Api withToken = Api.withToken(base, token);
    assertEquals(
        List.of(mine.docket()),
        Api.array(withToken.get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList());
    assertFalse(
        paralegal.get("api/tokens").body().contains(token),
        "a listed token never shows its secret");
    assertEquals(204, paralegal.delete("api/tokens/" + id).statusCode());
    assertEquals(401, withToken.get("api/matters").statusCode());
  }

  @Test
  void anOriginalIsAlwaysADownloadWithItsDetectedTypeAndExactBytes() throws Exception {
    Api paralegal = mine.paralegal();
    JsonObject matter = Api.object(paralegal.get("api/matters/" + mine.id()));
    JsonObject email =
        matter.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("type").equals("EMAIL"))
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> original =
        paralegal.getBytes("api/documents/" + email.getJsonNumber("id") + "/original");
    assertEquals(200, original.statusCode());
    assertTrue(
        original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals("message/rfc822", original.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", original.headers().firstValue("X-Content-Type-Options").orElse(""));
    String sha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original.body()));
    assertEquals(email.getString("sha256"), sha);
    assertArrayEquals(
        original.body(),
        paralegal.getBytes("api/documents/" + email.getJsonNumber("id") + "/original").body());
  }

  @Test
  void aStaleEditIsRefusedAndTheHistoryShowsEachChangeWithOldAndNewValues() {
    Api paralegal = mine.paralegal();
    Api admin = Api.admin(base);
    long musk = mine.id();
    long document = firstDocument(paralegal, musk).getJsonNumber("id").longValue();
    long claim = firstClaim(paralegal, musk);
    HttpResponse<String> created =
        paralegal.post(
            "api/documents/" + document + "/annotations",
            markJson(claim, "SUPPORTS", "first reading", 30));
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.object(created).getJsonNumber("id").longValue();
    long version = Api.object(created).getJsonNumber("version").longValue();

    HttpResponse<String> byAdmin =
        admin.put(
            "api/annotations/" + id,
            "{\"version\":"
                + version
                + ",\"stance\":\"REFUTES\",\"claimIds\":["
                + claim
                + "],\"note\":\"second reading\"}");
    assertEquals(200, byAdmin.statusCode(), byAdmin.body());
    HttpResponse<String> stale =
        paralegal.put(
            "api/annotations/" + id,
            "{\"version\":"
                + version
                + ",\"stance\":\"CONTEXT\",\"claimIds\":["
                + claim
                + "],\"note\":\"lost?\"}");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(Api.object(stale).getString("error").contains("admin"), stale.body());

    List<JsonObject> history =
        Api.array(paralegal.get("api/annotations/" + id + "/history"))
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("added", "changed"), history.stream().map(r -> r.getString("change")).toList());
    assertEquals(mine.paralegalName(), history.get(0).getString("by"));
    JsonObject edit = history.get(1);
    assertEquals("admin", edit.getString("by"));
    List<JsonObject> changes = edit.getJsonArray("changes").getValuesAs(JsonObject.class);
    JsonObject stance =
        changes.stream()
            .filter(c -> c.getString("field").equals("stance"))
            .findFirst()
            .orElseThrow();
    assertEquals("Supports", stance.getString("before"));
    assertEquals("Refutes", stance.getString("after"));
    JsonObject note =
        changes.stream().filter(c -> c.getString("field").equals("note")).findFirst().orElseThrow();
    assertEquals("first reading", note.getString("before"));
    assertEquals("second reading", note.getString("after"));

    assertEquals(204, paralegal.delete("api/annotations/" + id).statusCode());
    List<JsonObject> after =
        Api.array(paralegal.get("api/documents/" + document + "/history"))
            .getValuesAs(JsonObject.class);
    assertTrue(
        after.stream()
            .anyMatch(
                r ->
                    r.getString("subject").equals("passage")
                        && r.getJsonNumber("subjectId").longValue() == id
                        && r.getString("change").equals("removed")));
  }
}
