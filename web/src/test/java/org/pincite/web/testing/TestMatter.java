package org.pincite.web.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.service.demo.DemoEmail;
import org.pincite.service.demo.DemoMatterContent;

/**
 * A matter a test makes for itself through the API, so that no test changes the demo matter or
 * depends on what another test did: opened by the administrator with its parties, its claims
 * drafted through {@code POST /api/matters/{id}/claims}, its documents uploaded, and two users of
 * its own on it, a paralegal (may mark and upload) and a viewer (reads and exports).
 */
public final class TestMatter {
  /** The password of every user a test matter makes (test data, used only on the test server). */
  public static final String PASSWORD = "test-matter-password-1";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final URL base;
  private final long id;
  private final String docket;
  private final String tag;
  private final Map<String, Long> partyIds;

  private TestMatter(URL base, long id, String docket, String tag, Map<String, Long> partyIds) {
    this.base = base;
    this.id = id;
    this.docket = docket;
    this.tag = tag;
    this.partyIds = partyIds;
  }

  /**
   * A matter with the demo's caption, parties, claims tree, complaint and emails (the demo's
   * illustrative content, from {@link DemoMatterContent}), under a docket number of its own.
   */
  public static TestMatter likeTheDemo(String purpose) {
    Matter demo = DemoMatterContent.matter();
    TestMatter matter =
        open(TestServer.url(), purpose, demo.getCaption(), demo.getCourt(), demo.getParties());
    for (Claim claim : DemoMatterContent.claims(demo)) {
      matter.draft(claim, null);
    }
    matter.upload(
        "complaint-illustrative.pdf", DemoMatterContent.complaintPdf(), "FILING", "COMPLAINT");
    for (DemoEmail email : DemoMatterContent.emails()) {
      matter.upload(email.fileName(), email.content(), "EVIDENCE", "EMAIL");
    }
    matter.admin().awaitExtraction(matter.id());
    return matter;
  }

  /** A small matter: one count asserted by its plaintiff, and a one-page note. */
  public static TestMatter small(String purpose) {
    return small(TestServer.url(), purpose);
  }

  /** A small matter on another server than the one test server (see {@link OwnServer}). */
  public static TestMatter small(URL base, String purpose) {
    Matter other = DemoMatterContent.secondMatter();
    TestMatter matter =
        open(base, purpose, other.getCaption(), other.getCourt(), other.getParties());
    for (Claim claim : DemoMatterContent.secondMatterClaims(other)) {
      matter.draft(claim, null);
    }
    matter.upload("case-note.txt", DemoMatterContent.secondMatterNote(), "EVIDENCE", "OTHER");
    matter.admin().awaitExtraction(matter.id());
    return matter;
  }

  private static TestMatter open(
      URL base, String purpose, String caption, String court, List<Party> parties) {
    Api admin = Api.admin(base);
    String tag = purpose.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + next();
    String docket = "TEST-" + tag.toUpperCase();
    JsonArrayBuilder partyList = Json.createArrayBuilder();
    for (Party p : parties) {
      partyList.add(
          Json.createObjectBuilder().add("name", p.getName()).add("role", p.getRole().name()));
    }
    HttpResponse<String> opened =
        admin.post(
            "api/matters",
            Json.createObjectBuilder()
                .add("caption", caption)
                .add("court", court)
                .add("docketNumber", docket)
                .add("parties", partyList)
                .build()
                .toString());
    assertEquals(201, opened.statusCode(), opened.body());
    long id = Api.object(opened).getJsonNumber("id").longValue();
    Map<String, Long> partyIds = new HashMap<>();
    for (JsonObject p :
        Api.object(admin.get("api/matters/" + id))
            .getJsonArray("parties")
            .getValuesAs(JsonObject.class)) {
      partyIds.put(p.getString("name"), p.getJsonNumber("id").longValue());
    }
    TestMatter matter = new TestMatter(base, id, docket, tag, partyIds);
    matter.addUser(matter.paralegalName(), "PARALEGAL");
    matter.addUser(matter.viewerName(), "VIEWER");
    return matter;
  }

  // Unique within a run and across reruns against a server that keeps its data.
  private static String next() {
    return Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
        + SEQUENCE.incrementAndGet();
  }

  /**
   * One more paralegal on the matter (a reviewer who may mark and edit), signed by a token of
   * theirs.
   */
  public Api addReviewer(int number) {
    String username = "rv" + number + "-" + tag;
    addUser(username, "PARALEGAL");
    return Api.signedByToken(base, username, PASSWORD);
  }

  private void addUser(String username, String role) {
    Api admin = admin();
    HttpResponse<String> added =
        admin.post(
            "api/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", username + " (test user)")
                .add("role", role)
                .add("password", PASSWORD)
                .build()
                .toString());
    assertEquals(201, added.statusCode(), added.body());
    HttpResponse<String> joined = admin.put("api/users/" + username + "/matters/" + id, "");
    assertEquals(200, joined.statusCode(), joined.body());
  }

  /** Drafts a claim and the claims below it, in order, through the API; answers its id. */
  public long draft(Claim claim, Long parentId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("kind", claim.getKind().name())
            .add("label", claim.getLabel());
    if (claim.getText() != null) {
      body.add("text", claim.getText());
    }
    if (parentId == null) {
      body.add("assertedByPartyId", partyIds.get(claim.getAssertedBy().getName()));
    } else {
      body.add("parentId", parentId);
    }
    HttpResponse<String> drafted =
        admin().post("api/matters/" + id + "/claims", body.build().toString());
    assertEquals(201, drafted.statusCode(), drafted.body());
    long claimId = Api.object(drafted).getJsonNumber("id").longValue();
    for (Claim child : new ArrayList<>(claim.getChildren())) {
      draft(child, claimId);
    }
    return claimId;
  }

  /** Uploads a file as the matter's paralegal; answers the new document's id. */
  public long upload(String fileName, byte[] content, String kind, String type) {
    HttpResponse<String> added = paralegal().upload(id, fileName, content, kind, type);
    assertEquals(202, added.statusCode(), added.body());
    return Api.object(added).getJsonObject("document").getJsonNumber("id").longValue();
  }

  public long id() {
    return id;
  }

  public String docket() {
    return docket;
  }

  public long partyId(String name) {
    return partyIds.get(name);
  }

  public String paralegalName() {
    return "pl-" + tag;
  }

  public String viewerName() {
    return "vw-" + tag;
  }

  public Api admin() {
    return Api.admin(base);
  }

  /** The paralegal, signed by a token of theirs (cheap for the server; see Api.signedByToken). */
  public Api paralegal() {
    return Api.signedByToken(base, paralegalName(), PASSWORD);
  }

  public Api viewer() {
    return Api.signedByToken(base, viewerName(), PASSWORD);
  }

  /** The paralegal signed in with their password (what making an API token needs). */
  public Api paralegalWithPassword() {
    return Api.as(base, paralegalName(), PASSWORD);
  }

  /** The viewer signed in with their password. */
  public Api viewerWithPassword() {
    return Api.as(base, viewerName(), PASSWORD);
  }

  /** The matter as the API shows it: parties, claims tree, documents. */
  public JsonObject detail() {
    return Api.object(admin().get("api/matters/" + id));
  }

  /** The id of the claim with this label (anywhere in the tree). */
  public long claimId(String label) {
    return Api.array(admin().get("api/matters/" + id + "/claims"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("label").equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim '" + label + "' in " + docket))
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the matter's first count or defence. */
  public long claimIdOfFirst() {
    return Api.array(admin().get("api/matters/" + id + "/claims"))
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the document with this title. */
  public long documentId(String title) {
    return detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document '" + title + "' in " + docket))
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the document uploaded under this file name. */
  public long documentFile(String fileName) {
    return detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("fileName").equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no file '" + fileName + "' in " + docket))
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the first document of this type (COMPLAINT, EMAIL, ...). */
  public long documentOfType(String type) {
    return detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("type").equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + docket))
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Marks the first occurrence of {@code quote} on page 1 of document {@code documentId} as the
   * paralegal, with {@code stance} on claim {@code claimId}; answers the passage's id.
   */
  public long markOnFirstPage(long documentId, String quote, String stance, long claimId) {
    Api api = paralegal();
    String text = Api.object(api.get("api/documents/" + documentId + "/pages/1")).getString("text");
    int at = text.indexOf(quote);
    assertTrue(at >= 0, "'" + quote + "' is on page 1 of document " + documentId);
    HttpResponse<String> marked =
        api.post(
            "api/documents/" + documentId + "/annotations",
            Json.createObjectBuilder()
                .add("startPage", 1)
                .add("startOffset", at)
                .add("endPage", 1)
                .add("endOffset", at + quote.length())
                .add("stance", stance)
                .add("claimIds", Json.createArrayBuilder().add(claimId))
                .build()
                .toString());
    assertEquals(201, marked.statusCode(), marked.body());
    return Api.object(marked).getJsonNumber("id").longValue();
  }
}
