package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * API tokens with a life and a scope: an expiry (90 days unless asked, within the maximum), read
 * only or read and write, one matter or all of the owner's, the last use shown, and no token
 * minting tokens. (That an expired token is refused with its date is tested on a clock of its own
 * in the service module's ApiTokenLifeIT.)
 */
class ApiTokenScopeIT {
  final URL base = TestServer.url();
  private static TestMatter ours;
  private static TestMatter theirs;

  @BeforeAll
  static void twoMattersTheParalegalIsOn() {
    ours = TestMatter.small("token-ours");
    theirs = TestMatter.small("token-theirs");
    HttpResponse<String> joined =
        ours.admin().put("api/users/" + ours.paralegalName() + "/matters/" + theirs.id(), "");
    assertEquals(200, joined.statusCode(), joined.body());
  }

  private static JsonObject made(Api maker, String json) {
    HttpResponse<String> created = maker.post("api/tokens", json);
    assertEquals(201, created.statusCode(), created.body());
    return Api.object(created);
  }

  private static JsonObject listed(Api owner, long id) {
    return Api.array(owner.get("api/tokens")).getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("token " + id + " not listed"));
  }

  private static String mark(long claim, String note) {
    return "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":4,\"stance\":\"CONTEXT\","
        + "\"claimIds\":["
        + claim
        + "],\"note\":\""
        + note
        + "\"}";
  }

  @Test
  void aTokenLivesNinetyDaysUnlessToldAndNeverLongerThanTheMaximum() {
    Api paralegal = ours.paralegalWithPassword();
    Instant before = Instant.now();
    JsonObject plain = made(paralegal, "{\"label\":\"laptop\"}");
    Instant expires = Instant.parse(plain.getString("expiresAt"));
    assertTrue(
        Math.abs(Duration.between(before.plus(Duration.ofDays(90)), expires).toMinutes()) < 5,
        "90 days from now: " + expires);
    assertEquals("READ_WRITE", plain.getString("access"));
    JsonObject shown = listed(paralegal, plain.getJsonNumber("id").longValue());
    assertEquals(plain.getString("expiresAt"), shown.getString("expiresAt"));
    assertFalse(shown.getBoolean("expired"));
    assertFalse(shown.containsKey("token"), "the secret is never listed");

    JsonObject oneDay = made(paralegal, "{\"label\":\"one day\",\"expiresInDays\":1}");
    assertTrue(
        Math.abs(
                Duration.between(
                        before.plus(Duration.ofDays(1)),
                        Instant.parse(oneDay.getString("expiresAt")))
                    .toMinutes())
            < 5);
    for (String days : List.of("0", "-3", "366", "100000")) {
      HttpResponse<String> refused =
          paralegal.post("api/tokens", "{\"label\":\"bad\",\"expiresInDays\":" + days + "}");
      assertEquals(400, refused.statusCode(), days + ": " + refused.body());
      assertEquals(
          "expiresInDays must be a whole number of days from 1 to 365 (not " + days + ")",
          Api.object(refused).getString("error"));
    }
  }

  @Test
  void aReadOnlyTokenReadsButEveryChangeIsRefused() {
    Api paralegal = ours.paralegalWithPassword();
    JsonObject token = made(paralegal, "{\"label\":\"reader\",\"access\":\"READ_ONLY\"}");
    Api reader = Api.withToken(base, token.getString("token"));
    long document = ours.documentFile("case-note.txt");
    assertEquals(200, reader.get("api/matters/" + ours.id()).statusCode());
    assertEquals(200, reader.get("api/documents/" + document + "/pages/1").statusCode());
    List<HttpResponse<String>> changes =
        List.of(
            reader.post(
                "api/documents/" + document + "/annotations",
                mark(ours.claimIdOfFirst(), "read-only wrote")),
            reader.delete("api/tokens/" + token.getJsonNumber("id")),
            reader.put("api/claims/" + ours.claimIdOfFirst(), "{\"label\":\"renamed\"}"),
            reader.upload(ours.id(), "read-only.txt", "fiction".getBytes()));
    for (HttpResponse<String> change : changes) {
      assertEquals(403, change.statusCode(), change.body());
      assertEquals("This token may only read", Api.object(change).getString("error"));
    }
    assertFalse(
        paralegal.get("api/documents/" + document + "/annotations").body().contains("read-only"));
    assertTrue(absent(listed(paralegal, token.getJsonNumber("id").longValue()), "revokedAt"));
    assertEquals(
        "READ_ONLY", listed(paralegal, token.getJsonNumber("id").longValue()).getString("access"));
  }

  @Test
  void aOneMatterTokenSeesThatMatterOnlyAndTheOthersAsIfAbsent() {
    Api paralegal = ours.paralegalWithPassword();
    assertEquals(2, Api.array(paralegal.get("api/matters")).size(), "the owner is on both");
    JsonObject token = made(paralegal, "{\"label\":\"one matter\",\"matterId\":" + ours.id() + "}");
    assertEquals(ours.id(), token.getJsonNumber("matterId").longValue());
    Api scoped = Api.withToken(base, token.getString("token"));
    assertEquals(
        List.of(ours.docket()),
        Api.array(scoped.get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList());
    long theirDocument = theirs.documentFile("case-note.txt");
    assertEquals(200, paralegal.get("api/documents/" + theirDocument).statusCode());
    assertAbsent(
        theirs.id(), scoped.get("api/matters/" + theirs.id()), scoped.get("api/matters/987654321"));
    assertAbsent(
        theirDocument,
        scoped.get("api/documents/" + theirDocument),
        scoped.get("api/documents/987654321"));
    assertAbsent(
        theirDocument,
        scoped.post(
            "api/documents/" + theirDocument + "/annotations",
            mark(theirs.claimIdOfFirst(), "through one-matter token")),
        scoped.post(
            "api/documents/987654321/annotations",
            mark(theirs.claimIdOfFirst(), "through one-matter token")));
    assertFalse(
        paralegal
            .get("api/documents/" + theirDocument + "/annotations")
            .body()
            .contains("through one-matter token"));
    // Its own matter it reaches, to read and to change.
    HttpResponse<String> marked =
        scoped.post(
            "api/documents/" + ours.documentFile("case-note.txt") + "/annotations",
            mark(ours.claimIdOfFirst(), "in its own matter"));
    assertEquals(201, marked.statusCode(), marked.body());
    // A matter its maker is not on cannot be named.
    HttpResponse<String> notOn =
        theirs
            .viewerWithPassword()
            .post("api/tokens", "{\"label\":\"x\",\"matterId\":" + ours.id() + "}");
    assertEquals(404, notOn.statusCode(), notOn.body());
  }

  @Test
  void anAdministratorsOneMatterTokenDoesNotAdministerBeyondIt() {
    Api admin = Api.adminWithPassword(base);
    JsonObject token =
        made(admin, "{\"label\":\"admin, one matter\",\"matterId\":" + ours.id() + "}");
    Api scoped = Api.withToken(base, token.getString("token"));
    assertEquals(
        List.of(ours.docket()),
        Api.array(scoped.get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList(),
        "an administrator sees every matter, the token only its own");
    for (HttpResponse<String> beyond :
        List.of(
            scoped.get("api/users"),
            scoped.put("api/users/" + ours.viewerName() + "/matters/" + theirs.id(), ""),
            scoped.post(
                "api/matters",
                "{\"caption\":\"Scoped v. Token\",\"court\":\"Court\",\"docketNumber\":\"SCOPED-"
                    + System.nanoTime()
                    + "\"}"),
            scoped.post("api/search/reindex", ""))) {
      assertEquals(403, beyond.statusCode(), beyond.body());
      assertTrue(
          Api.object(beyond).getString("error").startsWith("This token reaches one matter only"),
          beyond.body());
    }
    assertEquals(200, admin.get("api/users").statusCode(), "the password still administers");
  }

  private static void assertAbsent(
      long theirId, HttpResponse<String> theirs, HttpResponse<String> missing) {
    assertEquals(404, theirs.statusCode(), theirs.body());
    assertEquals(missing.statusCode(), theirs.statusCode());
    assertEquals(
        Api.object(missing).getString("error").replace("987654321", "ID"),
        Api.object(theirs).getString("error").replaceAll("\\b" + theirId + "\\b", "ID"));
  }

  /** JSON-B leaves out what is null. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  @Test
  void theLastUseIsShownAndATokenCannotMintTokens() {
    Api paralegal = ours.paralegalWithPassword();
    JsonObject token = made(paralegal, "{\"label\":\"worker\"}");
    long id = token.getJsonNumber("id").longValue();
    assertTrue(absent(listed(paralegal, id), "lastUsedAt"), "not used yet");
    Api worker = Api.withToken(base, token.getString("token"));
    Instant before = Instant.now().minusSeconds(5);
    assertEquals(200, worker.get("api/matters").statusCode());
    Instant used = Instant.parse(listed(paralegal, id).getString("lastUsedAt"));
    assertFalse(used.isBefore(before), used + " is the use just made");

    int tokens = Api.array(paralegal.get("api/tokens")).size();
    HttpResponse<String> minted = worker.post("api/tokens", "{\"label\":\"child\"}");
    assertEquals(403, minted.statusCode(), minted.body());
    assertTrue(Api.object(minted).getString("error").contains("cannot make tokens"), minted.body());
    assertEquals(tokens, Api.array(paralegal.get("api/tokens")).size(), "no token was made");

    assertEquals(204, paralegal.delete("api/tokens/" + id).statusCode());
    HttpResponse<String> revoked = worker.get("api/matters");
    assertEquals(401, revoked.statusCode());
    assertTrue(
        Api.object(revoked).getString("error").startsWith("The API token was revoked on "),
        revoked.body());
  }
}
