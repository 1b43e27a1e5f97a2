package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FormSession;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * What the pages answer a bad address (a parameter that is not a number, missing or empty, another
 * matter's id, an id that names nothing) and a form sent with an expired or foreign view state or
 * without its nonce: the 404 page, or the page again with a message; never a blank page, a 500 or a
 * stack trace.
 */
class PageErrorsIT {
  private static final String NOT_FOUND_TITLE = "<title>Not found · Pincite</title>";
  private static final long NO_SUCH_ID = 987_654_321L;
  private static final String PAGE_EXPIRED = "This page had expired";

  final URL base = TestServer.url();
  private static TestMatter mine;
  private static TestMatter other;

  @BeforeAll
  static void twoMatters() {
    mine = TestMatter.small("pages");
    other = TestMatter.small("pages-other");
  }

  /** The ids the pages are asked about: the paralegal is on the first matter only. */
  record Ids(
      long ourMatter,
      long ourDocument,
      long ourClaim,
      long theirMatter,
      long theirDocument,
      long theirClaim) {}

  private Ids ids() {
    Api admin = Api.admin(base);
    long ours = mine.id();
    long theirs = other.id();
    JsonObject our = Api.object(admin.get("api/matters/" + ours));
    JsonObject their = Api.object(admin.get("api/matters/" + theirs));
    return new Ids(
        ours,
        firstId(our, "documents"),
        firstId(our, "claims"),
        theirs,
        firstId(their, "documents"),
        firstId(their, "claims"));
  }

  private static long firstId(JsonObject matter, String list) {
    return matter.getJsonArray(list).getJsonObject(0).getJsonNumber("id").longValue();
  }

  private FormSession paralegal() {
    return FormSession.signIn(base, mine.paralegalName(), TestMatter.PASSWORD);
  }

  /** Each page that names an object in its address, with the parameter that names it. */
  private static Map<String, String> pages(Ids ids) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("matter.xhtml?id=", "matter");
    pages.put("document.xhtml?id=", "document");
    pages.put("history.xhtml?document=", "document");
    pages.put("claims.xhtml?matter=", "matter");
    pages.put("claim-chart.xhtml?matter=", "matter");
    pages.put("search.xhtml?matter=", "matter");
    pages.put("chronology.xhtml?matter=", "matter");
    // The claims page's second parameter: a claim of the page's matter.
    pages.put("claims.xhtml?matter=" + ids.ourMatter() + "&claim=", "claim");
    return pages;
  }

  private static long ours(Ids ids, String kind) {
    return switch (kind) {
      case "matter" -> ids.ourMatter();
      case "document" -> ids.ourDocument();
      default -> ids.ourClaim();
    };
  }

  private static long theirs(Ids ids, String kind) {
    return switch (kind) {
      case "matter" -> ids.theirMatter();
      case "document" -> ids.theirDocument();
      default -> ids.theirClaim();
    };
  }

  @Test
  void everyPageAnswersABadMissingForeignOrUnknownIdWithTheNotFoundPage() {
    Ids ids = ids();
    FormSession paralegal = paralegal();
    List<String> wrong = new ArrayList<>();
    pages(ids)
        .forEach(
            (address, kind) -> {
              String page = address.substring(0, address.indexOf('?'));
              String withoutLast =
                  address.substring(0, address.lastIndexOf(address.contains("&") ? '&' : '?'));
              Map<String, String> bad = new LinkedHashMap<>();
              bad.put("not a number", address + "abc");
              if (!kind.equals("claim")) { // the claims page's claim is optional
                bad.put("empty", address);
                bad.put("missing", withoutLast);
              }
              bad.put("another matter's", address + theirs(ids, kind));
              bad.put("no such", address + NO_SUCH_ID);
              bad.put("too large", address + "99999999999999999999");
              bad.forEach(
                  (what, url) -> {
                    HttpResponse<String> answer = paralegal.get(url);
                    if (answer.statusCode() != 404
                        || !answer.body().contains(NOT_FOUND_TITLE)
                        || title(answer.body()).contains("stack trace")) {
                      wrong.add(
                          what
                              + " id: "
                              + url
                              + " answered "
                              + answer.statusCode()
                              + " "
                              + title(answer.body()));
                    }
                  });
              if (!page.equals("claims.xhtml") || kind.equals("matter")) {
                HttpResponse<String> good = paralegal.get(address + ours(ids, kind));
                if (good.statusCode() != 200 || good.body().contains(NOT_FOUND_TITLE)) {
                  wrong.add(
                      "our own: "
                          + address
                          + ours(ids, kind)
                          + " answered "
                          + good.statusCode()
                          + " "
                          + title(good.body()));
                }
              }
            });
    HttpResponse<String> ourClaim =
        paralegal.get("claims.xhtml?matter=" + ids.ourMatter() + "&claim=" + ids.ourClaim());
    assertEquals(200, ourClaim.statusCode(), "a claim of the page's matter opens its passages");
    assertEquals(List.of(), wrong);
  }

  @Test
  void anAdministratorStillGetsTheNotFoundPageForAClaimOfAnotherMatterOnAMattersClaimsPage() {
    Ids ids = ids();
    FormSession admin = FormSession.signIn(base, Api.ADMIN, Api.ADMIN_PASSWORD);
    assertEquals(200, admin.get("claims.xhtml?matter=" + ids.theirMatter()).statusCode());
    HttpResponse<String> mixed =
        admin.get("claims.xhtml?matter=" + ids.ourMatter() + "&claim=" + ids.theirClaim());
    assertEquals(404, mixed.statusCode());
    assertTrue(mixed.body().contains(NOT_FOUND_TITLE), title(mixed.body()));
  }

  /**
   * Posts the page's account form (no action chosen: only the view's restoring and rendering are
   * tried) with {@code viewState}, {@code nonce} (null: none) and the page as Referer (null: none).
   */
  private static HttpResponse<String> postForm(
      FormSession session, String page, String viewState, String nonce, String referer) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("account", "account");
    fields.put("jakarta.faces.ViewState", viewState);
    if (nonce != null) {
      fields.put("primefaces.nonce", nonce);
    }
    return session.postForm(
        page.replaceAll("\\?.*", ""),
        fields,
        referer == null ? Map.of() : Map.of("Referer", referer));
  }

  private static void assertBackTo(String address, HttpResponse<String> answer) {
    assertEquals(302, answer.statusCode(), title(answer.body()));
    String location = answer.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/" + address), location);
  }

  @Test
  void aFormSentWithAnExpiredOrForeignViewStateReloadsThePageWithAMessage() {
    Ids ids = ids();
    String address = "document.xhtml?id=" + ids.ourDocument();
    FormSession earlier = paralegal();
    String earlierState = FormSession.viewState(earlier.get(address).body());
    FormSession paralegal = paralegal();
    String nonce = FormSession.nonce(paralegal.get(address).body());
    String from = base.toString() + address;
    // A state another session (or server) made, and one that is not a state at all.
    for (String state : List.of(earlierState, "-1234567890123456789:987654321987654321")) {
      assertBackTo(address, postForm(paralegal, address, state, nonce, from));
      HttpResponse<String> reloaded = paralegal.get(address);
      assertEquals(200, reloaded.statusCode());
      assertTrue(reloaded.body().contains(PAGE_EXPIRED), title(reloaded.body()));
      assertFalse(paralegal.get(address).body().contains(PAGE_EXPIRED), "said once");
    }
    assertTrue(paralegal.get("matters.xhtml").body().contains("signed-in-as"), "still signed in");
    // Without a Referer (some privacy settings drop it) it goes back to the address posted to.
    assertBackTo("document.xhtml", postForm(paralegal, address, "x", nonce, null));
  }

  @Test
  void aPrimeFacesPostWithoutItsNonceReloadsThePageWithAMessage() {
    Ids ids = ids();
    FormSession paralegal = paralegal();
    String address = "matter.xhtml?id=" + ids.ourMatter();
    String state = FormSession.viewState(paralegal.get(address).body());
    assertBackTo(address, postForm(paralegal, address, state, null, base.toString() + address));
    HttpResponse<String> reloaded = paralegal.get(address);
    assertTrue(reloaded.body().contains("sent without its security token"), title(reloaded.body()));
  }

  @Test
  void aClickAfterTheSessionEndedGoesToSignInAndThenBackToThePage() throws Exception {
    Ids ids = ids();
    String address = "document.xhtml?id=" + ids.ourDocument();
    HttpRequest ajax =
        HttpRequest.newBuilder(base.toURI().resolve("document.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .header("Referer", base + address)
            .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=stale"))
            .build();
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(ajax, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(
        answer
            .body()
            .contains(
                "<redirect url=\""
                    + base.getPath()
                    + "login.xhtml?next="
                    + URLEncoder.encode("/" + address, StandardCharsets.UTF_8)
                    + "\"/>"),
        answer.body());
  }

  private static String title(String body) {
    int from = body.indexOf("<title>");
    int to = body.indexOf("</title>");
    String title = from >= 0 && to > from ? body.substring(from, to + 8) : "(no title)";
    boolean trace =
        body.contains("Error 500")
            || java.util.regex.Pattern.compile("at [\\w.$]+\\([\\w]+\\.java:\\d+\\)")
                .matcher(body)
                .find();
    return title + (trace ? " with a stack trace" : "");
  }
}
