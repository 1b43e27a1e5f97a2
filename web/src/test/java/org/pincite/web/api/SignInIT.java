package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FormSession;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * Sign-in against guessing (throttle, lockout, unlock, the sign-in records), the password rule,
 * changing one's own password, and disabling, enabling and removing users. Every test uses users of
 * its own, and its guesses come "from" addresses of its own (X-Forwarded-For, which the test server
 * believes from 127.0.0.1): nothing here holds back another test's sign-ins.
 */
class SignInIT {
  private static final URL URL = TestServer.url();
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(20))
          .build();

  private final Api admin = Api.admin(URL);

  /** A user of this test's own (a viewer on no matter), with {@link TestMatter#PASSWORD}. */
  private String newUser(String purpose) {
    String name =
        "si-" + purpose + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    HttpResponse<String> added = addUser(name, TestMatter.PASSWORD);
    assertEquals(201, added.statusCode(), added.body());
    return name;
  }

  private HttpResponse<String> addUser(String name, String password) {
    return admin.post(
        "api/users",
        Json.createObjectBuilder()
            .add("username", name)
            .add("displayName", name + " (sign-in test user)")
            .add("role", "VIEWER")
            .add("password", password)
            .build()
            .toString());
  }

  /** An address of TEST-NET-2 (RFC 5737) for this test alone. */
  private static String newAddress() {
    int n = NEXT.incrementAndGet();
    return "198.51." + (100 + (n / 250) % 100) + "." + (1 + n % 250);
  }

  /** GET /api/matters signed with HTTP Basic, as if from {@code address}. */
  private static HttpResponse<String> basic(String user, String password, String address) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(URL + "api/matters"))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Basic " + credentials)
              .header("X-Forwarded-For", address)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<JsonObject> signInsOf(String user) {
    HttpResponse<String> listed = admin.get("api/sign-ins?username=" + user + "&limit=500");
    assertEquals(200, listed.statusCode(), listed.body());
    return Api.array(listed).stream().map(JsonValue::asJsonObject).toList();
  }

  private static long retryAfter(HttpResponse<String> answer) {
    return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
  }

  @Test
  void twentyWrongPasswordsAreThrottledThenLockedAndOnlyAnUnlockLetsTheRightOneIn() {
    String user = newUser("guessed");
    String guesser = newAddress();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      answers.add(basic(user, "wrong guess number " + i, guesser));
    }
    long checked = answers.stream().filter(a -> a.statusCode() == 401).count();
    long held = answers.stream().filter(a -> a.statusCode() == 429).count();
    assertEquals(20, checked + held, "every answer is 401 or 429");
    // The first five are checked; after that each waits for a delay a fast guesser never gives.
    assertTrue(checked >= 5 && checked < 10, checked + " passwords were checked");
    for (HttpResponse<String> answer : answers.subList(5, 20)) {
      if (answer.statusCode() == 429) {
        assertTrue(retryAfter(answer) >= 1, answer.headers().map().toString());
        assertTrue(Api.object(answer).getString("error").contains("failed sign-ins"));
      }
    }
    HttpResponse<String> last = answers.get(19);
    assertEquals(429, last.statusCode());
    assertTrue(retryAfter(last) > 14 * 60, "locked for 15 minutes: " + retryAfter(last));
    assertTrue(Api.object(last).getString("error").contains("is locked after 10 failed sign-ins"));

    // The hash ran only for the attempts recorded as a wrong password: one for each 401.
    List<JsonObject> records = signInsOf(user);
    assertEquals(20, records.size());
    assertEquals(
        checked,
        records.stream().filter(r -> r.getString("outcome").equals("WRONG_PASSWORD")).count());
    assertTrue(records.stream().allMatch(r -> r.getString("address").equals(guesser)));
    assertTrue(records.stream().anyMatch(r -> r.getString("outcome").equals("LOCKED")));

    // The right password, from elsewhere, during the lockout: refused unchecked, with when.
    String owner = newAddress();
    HttpResponse<String> right = basic(user, TestMatter.PASSWORD, owner);
    assertEquals(429, right.statusCode(), right.body());
    assertTrue(retryAfter(right) > 14 * 60);
    JsonObject listed =
        Api.array(admin.get("api/users")).stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> u.getString("username").equals(user))
            .findFirst()
            .orElseThrow();
    assertTrue(
        listed.containsKey("lockedUntil") && !listed.isNull("lockedUntil"), listed.toString());

    HttpResponse<String> unlocked = admin.post("api/users/" + user + "/unlock", "");
    assertEquals(200, unlocked.statusCode(), unlocked.body());
    assertFalse(Api.object(unlocked).containsKey("lockedUntil"), unlocked.body());
    assertEquals(200, basic(user, TestMatter.PASSWORD, owner).statusCode());
    JsonObject newest = signInsOf(user).get(0);
    assertEquals("ACCEPTED", newest.getString("outcome"));
    assertEquals(owner, newest.getString("address"));
    assertEquals("BASIC", newest.getString("via"));
  }

  @Test
  void theLoginFormIsThrottledTooAndSaysWhenToTryAgain() {
    String user = newUser("form");
    String guesser = newAddress();
    FormSession browser = FormSession.anonymous(URL);
    Map<String, String> from = Map.of("X-Forwarded-For", guesser);
    String page = "";
    for (int i = 0; i < 12; i++) {
      HttpResponse<String> answer = browser.attempt(user, "not the password " + i, from);
      assertEquals(200, answer.statusCode(), "refused attempts show the login page again");
      page = answer.body();
    }
    assertTrue(page.contains("is locked after 10 failed sign-ins until"), page);
    assertTrue(page.contains("Your password was not checked"), page);
    HttpResponse<String> right = browser.attempt(user, TestMatter.PASSWORD, from);
    assertEquals(200, right.statusCode(), "the right password is refused during the lockout");
    assertTrue(right.body().contains("is locked after 10 failed sign-ins"));
    assertEquals(200, admin.post("api/users/" + user + "/unlock", "").statusCode());
    assertEquals(302, browser.attempt(user, TestMatter.PASSWORD, from).statusCode());
    JsonObject newest = signInsOf(user).get(0);
    assertEquals("FORM", newest.getString("via"));
    assertTrue(newest.getBoolean("openedSession"), newest.toString());
  }

  @Test
  void oneAddressGuessingManyNamesIsHeldBackAndOtherAddressesAreNot() {
    String guesser = newAddress();
    HttpResponse<String> answer = null;
    int checked = 0;
    for (int i = 0; i < 24; i++) {
      answer = basic("nobody-" + NEXT.incrementAndGet(), "some password " + i, guesser);
      if (answer.statusCode() == 401) {
        checked++;
      }
    }
    assertEquals(429, answer.statusCode(), answer.body());
    assertTrue(Api.object(answer).getString("error").startsWith("This address has"));
    assertTrue(checked >= 20 && checked < 24, checked + " checked");
    assertEquals(401, basic("nobody-else", "some password", newAddress()).statusCode());
  }

  @Test
  void thePasswordRuleRefusesEachWeakPasswordWithItsReason() {
    String name = "si-rule-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    Map<String, String> refusals =
        Map.of(
            "short-one",
            "at least 12 characters",
            "aaaaaaaaaaaa",
            "one thing repeated ('a' over and over)",
            "123456789012",
            "a run of letters, digits or keys",
            "abcdefghijkl",
            "a run of letters, digits or keys",
            "password1234",
            "list of common passwords",
            "Sunshine2024!",
            "a common password ('sunshine') with digits or symbols added",
            "my " + name + " pass",
            "may not contain the user name");
    refusals.forEach(
        (password, why) -> {
          HttpResponse<String> refused = addUser(name, password);
          assertEquals(400, refused.statusCode(), password + ": " + refused.body());
          String error = Api.object(refused).getString("error");
          assertTrue(error.contains(why), password + ": " + error);
        });
    assertEquals(201, addUser(name, "violet kettle under a bridge").statusCode());
  }

  @Test
  void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
    String user = newUser("change");
    Api self = Api.as(URL, user, TestMatter.PASSWORD);
    HttpResponse<String> wrong =
        self.put(
            "api/account/password",
            "{\"current\": \"not my password\", \"next\": \"a brand new passphrase\"}");
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertEquals(
        "The current password is wrong; the password is unchanged",
        Api.object(wrong).getString("error"));
    HttpResponse<String> weak =
        self.put(
            "api/account/password",
            "{\"current\": \"" + TestMatter.PASSWORD + "\", \"next\": \"qwertyuiopas\"}");
    assertEquals(400, weak.statusCode(), weak.body());
    assertTrue(Api.object(weak).getString("error").contains("run of letters"));
    HttpResponse<String> changed =
        self.put(
            "api/account/password",
            "{\"current\": \"" + TestMatter.PASSWORD + "\", \"next\": \"a brand new passphrase\"}");
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(401, self.get("api/matters").statusCode(), "the old password is gone");
    assertEquals(200, Api.as(URL, user, "a brand new passphrase").get("api/matters").statusCode());
  }

  @Test
  void aDisabledUsersOpenSessionAndTokenAreRefusedAtTheirNextCallUntilEnabledAgain() {
    String user = newUser("disabled");
    FormSession session = FormSession.signIn(URL, user, TestMatter.PASSWORD);
    HttpResponse<String> minted =
        Api.as(URL, user, TestMatter.PASSWORD).post("api/tokens", "{\"label\": \"laptop\"}");
    assertEquals(201, minted.statusCode(), minted.body());
    Api token = Api.withToken(URL, Api.object(minted).getString("token"));
    assertEquals(200, session.get("api/matters").statusCode());
    assertEquals(200, token.get("api/matters").statusCode());
    JsonArray sessions = Api.array(session.get("api/account/sessions"));
    assertEquals(1, sessions.size(), sessions.toString());
    assertTrue(sessions.getJsonObject(0).getBoolean("current"));

    HttpResponse<String> disabled = admin.post("api/users/" + user + "/disable", "");
    assertEquals(200, disabled.statusCode(), disabled.body());
    assertFalse(Api.object(disabled).getBoolean("enabled"));
    assertEquals(401, session.get("api/matters").statusCode(), "the open session");
    assertEquals(401, token.get("api/matters").statusCode(), "the token");
    assertEquals(401, Api.as(URL, user, TestMatter.PASSWORD).get("api/matters").statusCode());
    assertEquals("DISABLED_USER", signInsOf(user).get(0).getString("outcome"));
    assertEquals(
        1,
        signInsOf(user).stream().filter(r -> r.getBoolean("openedSession")).count(),
        "the one session was recorded");

    assertEquals(200, admin.post("api/users/" + user + "/enable", "").statusCode());
    assertEquals(200, token.get("api/matters").statusCode());
    assertEquals(401, session.get("api/matters").statusCode(), "the ended session stays ended");
    FormSession again = FormSession.signIn(URL, user, TestMatter.PASSWORD);
    assertEquals(200, again.get("api/matters").statusCode());
  }

  @Test
  void theAccountPageShowsOnesSessionsAndTheUsersPageIsForAdministrators() {
    String user = newUser("pages");
    FormSession session = FormSession.signIn(URL, user, TestMatter.PASSWORD);
    HttpResponse<String> account = session.get("account.xhtml");
    assertEquals(200, account.statusCode());
    assertTrue(account.body().contains("Change your password"), account.body());
    assertTrue(account.body().contains("this one"), "the current session is listed");
    assertTrue(session.get("matters.xhtml").body().contains("account.xhtml"), "linked");
    assertEquals(403, session.get("users.xhtml").statusCode());
    FormSession administrator = FormSession.signIn(URL, Api.ADMIN, Api.ADMIN_PASSWORD);
    HttpResponse<String> users = administrator.get("users.xhtml");
    assertEquals(200, users.statusCode());
    assertTrue(users.body().contains(user), "the new user is listed");
    assertTrue(users.body().contains("Latest sign-ins"));
  }

  @Test
  void anAdministratorCannotDisableTheAdministrator() {
    HttpResponse<String> refused = admin.post("api/users/" + Api.ADMIN + "/disable", "");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(Api.object(refused).getString("error").contains("cannot disable their own account"));
  }

  @Test
  void aRemovedUserIsGoneButTheAuditTrailStillNamesThem() {
    TestMatter matter = TestMatter.small("removal");
    String paralegal = matter.paralegalName();
    long document =
        matter.upload(
            "removal memo.txt",
            "A memo written for this test (fiction).".getBytes(StandardCharsets.UTF_8),
            "EVIDENCE",
            null);
    assertEquals(200, matter.paralegalWithPassword().get("api/matters").statusCode());

    HttpResponse<String> removed = admin.delete("api/users/" + paralegal);
    assertEquals(204, removed.statusCode(), removed.body());
    assertEquals(401, matter.paralegalWithPassword().get("api/matters").statusCode());
    assertEquals(401, matter.paralegal().get("api/matters").statusCode(), "and their token");
    assertTrue(
        Api.array(admin.get("api/users")).stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(u -> u.getString("username").equals(paralegal)));
    assertEquals(404, admin.post("api/users/" + paralegal + "/enable", "").statusCode());
    HttpResponse<String> again = addUser(paralegal, TestMatter.PASSWORD);
    assertEquals(400, again.statusCode());
    assertTrue(Api.object(again).getString("error").contains("stays taken"));

    HttpResponse<String> history = admin.get("api/documents/" + document + "/history");
    assertEquals(200, history.statusCode(), history.body());
    assertTrue(
        Api.array(history).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(r -> paralegal.equals(r.getString("by", null))),
        history.body());
    List<JsonObject> records = signInsOf(paralegal);
    assertTrue(records.stream().anyMatch(r -> r.getString("outcome").equals("ACCEPTED")));
    assertEquals("DISABLED_USER", records.get(0).getString("outcome"));
    assertEquals("The user was removed", records.get(0).getString("reason"));
  }
}
