package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FormSession;
import org.pincite.web.testing.TestMatter;

/**
 * CSRF by what authenticated the request: the session cookie signs a change only with the page's
 * CSRF token, whatever other headers come with it, and an Authorization header that is not accepted
 * is refused instead of falling back to the session (issue 12, reproduced as it was found).
 */
class SessionCsrfIT {
  private static TestMatter matter;
  private static long document;
  private static long claim;

  @BeforeAll
  static void aMatter() {
    matter = TestMatter.small("csrf");
    document = matter.documentFile("case-note.txt");
    claim = matter.claimIdOfFirst();
  }

  private static String mark(String note) {
    return "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":4,\"stance\":\"CONTEXT\","
        + "\"claimIds\":["
        + claim
        + "],\"note\":\""
        + note
        + "\"}";
  }

  private static String passages() {
    return matter.admin().get("api/documents/" + document + "/annotations").body();
  }

  private static FormSession paralegalSession() {
    return FormSession.signIn(
        org.pincite.web.testing.TestServer.url(), matter.paralegalName(), TestMatter.PASSWORD);
  }

  @Test
  void theSessionCookieWithAJunkAuthorizationHeaderAndNoCsrfTokenIsRefusedAndStoresNothing() {
    FormSession session = paralegalSession();
    for (String junk : new String[] {"x", "Bearer not-a-token", "Basic !!!", "Negotiate abc"}) {
      HttpResponse<String> marked =
          session.postJson(
              "api/documents/" + document + "/annotations",
              mark("junk header " + junk),
              Map.of("Authorization", junk));
      assertEquals(401, marked.statusCode(), junk + ": " + marked.body());
      assertTrue(Api.object(marked).getString("error").length() > 10, marked.body());
      HttpResponse<String> token =
          session.postJson(
              "api/tokens",
              "{\"label\":\"minted by " + junk + "\"}",
              Map.of("Authorization", junk));
      assertEquals(401, token.statusCode(), junk + ": " + token.body());
    }
    assertFalse(passages().contains("junk header"), passages());
    assertFalse(
        matter.paralegal().get("api/tokens").body().contains("minted by"),
        "no token was made on the session's behalf");
    // The session itself still works, with its token.
    HttpResponse<String> withToken =
        session.postJson(
            "api/documents/" + document + "/annotations",
            mark("from the page"),
            Map.of("X-CSRF-Token", session.csrfToken()));
    assertEquals(201, withToken.statusCode(), withToken.body());
  }

  @Test
  void aDeleteOnTheSessionWithAJunkAuthorizationHeaderIsRefusedAndTheMarkStays() {
    HttpResponse<String> made =
        matter.paralegal().post("api/documents/" + document + "/annotations", mark("keep me"));
    assertEquals(201, made.statusCode(), made.body());
    long id = Api.object(made).getJsonNumber("id").longValue();
    FormSession session = paralegalSession();
    HttpResponse<String> removed =
        session.send("DELETE", "api/annotations/" + id, null, Map.of("Authorization", "x"));
    assertEquals(401, removed.statusCode(), removed.body());
    HttpResponse<String> noToken = session.send("DELETE", "api/annotations/" + id, null, Map.of());
    assertEquals(403, noToken.statusCode(), noToken.body());
    assertTrue(passages().contains("keep me"), "the passage is still there");
  }

  @Test
  void otherHeadersDoNotExcuseASessionCallFromItsCsrfToken() {
    FormSession session = paralegalSession();
    HttpResponse<String> marked =
        session.postJson(
            "api/documents/" + document + "/annotations",
            mark("with other headers"),
            Map.of("X-Requested-With", "XMLHttpRequest", "Proxy-Authorization", "Basic eDp4"));
    assertEquals(403, marked.statusCode(), marked.body());
    assertTrue(Api.object(marked).getString("error").contains("X-CSRF-Token"), marked.body());
    assertFalse(passages().contains("with other headers"));
  }

  @Test
  void aValidAuthorizationHeaderDecidesWhoCallsAndTheSessionIsIgnored() {
    // Signed in as the paralegal, the call carries the viewer's password: it is the viewer's call.
    FormSession session = paralegalSession();
    String viewer =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((matter.viewerName() + ":" + TestMatter.PASSWORD).getBytes());
    HttpResponse<String> marked =
        session.postJson(
            "api/documents/" + document + "/annotations",
            mark("as the viewer"),
            Map.of("Authorization", viewer));
    assertEquals(403, marked.statusCode(), marked.body());
    assertTrue(Api.object(marked).getString("error").contains("read and export"), marked.body());
    assertFalse(passages().contains("as the viewer"));
    // And with the paralegal's own password, no CSRF token is needed: nothing ambient signs it.
    HttpResponse<String> own =
        session.postJson(
            "api/documents/" + document + "/annotations",
            mark("signed by the header"),
            Map.of(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (matter.paralegalName() + ":" + TestMatter.PASSWORD).getBytes())));
    assertEquals(201, own.statusCode(), own.body());
    JsonObject stored = Api.object(own);
    assertEquals("signed by the header", stored.getString("note"));
  }
}
