package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.web.startup.StartupIT;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * What every API call shares: signing in, errors as JSON, security headers, who sees which matter.
 */
class ApiBasicsIT {
  final URL base = TestServer.url();

  @Test
  void theApiWantsASignedInCallerAndAnswersErrorsAsJson() {
    HttpResponse<String> anonymous = Api.anonymous(base).get("api/matters");
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, Api.as(base, Api.ADMIN, "not-the-password").get("api/matters").statusCode());
    assertEquals(401, Api.withToken(base, "pct_made-up").get("api/matters").statusCode());
    HttpResponse<String> missing = Api.admin(base).get("api/matters/999999999");
    assertEquals(404, missing.statusCode());
    assertTrue(Api.object(missing).getString("error").contains("999999999"), missing.body());
    HttpResponse<String> list = Api.as(base, Api.ADMIN, Api.ADMIN_PASSWORD).get("api/matters");
    assertEquals("nosniff", list.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-store", list.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(
        list.headers().firstValue("Set-Cookie").isEmpty(),
        "an API call signed with Basic opens no session");
  }

  @Test
  void theServerIsReadyAndLiveWithItsDatabaseOriginalsAndIndexChecks() throws Exception {
    StartupIT.assertReadyAndLive(base.toString());
  }

  @Test
  void aMemberSeesOnlyTheirMattersAndAnAdministratorSeesAll() {
    TestMatter mine = TestMatter.small("member-sees");
    TestMatter other = TestMatter.small("member-does-not-see");
    Api paralegal = mine.paralegal();
    List<String> dockets =
        Api.array(paralegal.get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList();
    assertEquals(List.of(mine.docket()), dockets);
    assertEquals(200, paralegal.get("api/matters/" + mine.id()).statusCode());
    HttpResponse<String> foreign = paralegal.get("api/matters/" + other.id());
    assertEquals(404, foreign.statusCode(), "another matter's id reveals nothing");
    assertFalse(foreign.body().contains(other.docket()));
    List<String> all =
        Api.array(Api.admin(base).get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList();
    assertTrue(all.containsAll(List.of(mine.docket(), other.docket())), all.toString());
  }

  @Test
  void pagesSendTheSignedOutToTheLoginPage() throws Exception {
    HttpResponse<String> home = Api.anonymous(base).get("matter.xhtml?id=1");
    assertEquals(302, home.statusCode());
    String location = home.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/login.xhtml?next="), location);
  }
}
