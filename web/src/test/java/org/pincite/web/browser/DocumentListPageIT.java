package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.MatterPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * The matter's document list in Chromium: an email's attachment listed under its email whatever the
 * order, and ticked documents removed from the matter after a confirmation (Keep keeps them), with
 * their attachments and passages, their history still readable and the same original still served
 * to another matter that holds it. The email is fiction written by this test.
 */
@Tag("browser")
class DocumentListPageIT {
  private static final String SUBJECT = "Fictional board minutes";
  private static final String ATTACHMENT = "minutes-fiction.txt";
  private static final String NOTE = "case-note.txt";

  private static TestMatter matter;
  private static TestMatter other;
  private static long email;
  private static long attachment;
  private static long note;

  @BeforeAll
  static void aMatterWithAnEmailFamily() {
    matter = TestMatter.small("document-list");
    other = TestMatter.small("document-list-other");
    String eml =
        "From: Ada Example <ada@example.test>\r\n"
            + "To: Bo Example <bo@example.test>\r\n"
            + "Subject: "
            + SUBJECT
            + "\r\n"
            + "Date: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"fiction\"\r\n\r\n"
            + "--fiction\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "A fictional email for the document list test: the minutes are attached.\r\n"
            + "--fiction\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Disposition: attachment; filename=\""
            + ATTACHMENT
            + "\"\r\n\r\n"
            + "Fictional minutes: the board met on 3 March and voted 4 to 2.\r\n"
            + "--fiction--\r\n";
    email =
        matter.upload(
            "board-minutes-fiction.eml", eml.getBytes(StandardCharsets.UTF_8), null, null);
    matter.admin().awaitExtraction(matter.id());
    attachment =
        matter.detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
            .filter(
                d ->
                    d.containsKey("parentId")
                        && !d.isNull("parentId")
                        && d.getJsonNumber("parentId").longValue() == email)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the email's attachment: " + matter.detail()))
            .getJsonNumber("id")
            .longValue();
    note = matter.documentFile(NOTE);
    matter.markOnFirstPage(note, "OpenAI, Inc. sued", "SUPPORTS", matter.claimIdOfFirst());
  }

  private static String titleOf(long id) {
    return Api.object(matter.paralegal().get("api/documents/" + id))
        .getJsonObject("document")
        .getString("title");
  }

  @Test
  void anAttachmentStaysUnderItsEmailAndTickedDocumentsLeaveTheMatterWithTheirHistoryKept() {
    String subject = titleOf(email);
    String attached = titleOf(attachment);

    // Alone, an attachment is not removed: its family stays together.
    HttpResponse<String> alone = matter.paralegal().delete("api/documents/" + attachment);
    assertEquals(400, alone.statusCode(), alone.body());
    assertTrue(alone.body().contains("attachment of"), alone.body());
    // A viewer removes nothing.
    assertEquals(403, matter.viewer().delete("api/documents/" + note).statusCode());

    try (Chromium c = Chromium.paralegalOf(matter)) {
      MatterPage page = c.matter().open(matter.id());
      c.until(d -> page.documentTitles().size() == 3);
      List<String> titles = page.documentTitles();
      assertEquals(titles.indexOf(subject) + 1, titles.indexOf(attached), titles.toString());
      assertTrue(page.isFamilyMember(attached), "drawn as a member of the email's family");
      assertFalse(page.isFamilyMember(subject));
      // Sorted by title the other way round, the attachment still follows its email.
      page.sortBy("Title");
      page.sortBy("Title");
      titles = page.documentTitles();
      assertEquals(titles.indexOf(subject) + 1, titles.indexOf(attached), titles.toString());

      // The filters narrow the list by family; the marked one and the rest.
      page.filter("f-marked", "Marked");
      assertEquals(List.of(NOTE), page.documentTitles());
      page.filter("f-marked", "Not marked");
      assertEquals(List.of(subject, attached), page.documentTitles());
      page.filter("f-marked", "Any").filter("f-family", "Emails with attachments");
      assertEquals(List.of(subject, attached), page.documentTitles());
      page.filter("f-family", "Stand-alone documents");
      assertEquals(List.of(NOTE), page.documentTitles());
      page.filter("f-family", "Any");
      assertEquals(3, page.documentTitles().size());

      // Ticked rows take a kind at once.
      page.tickAll(NOTE).reclassifyTicked("Filing");
      c.until(d -> page.rowText(NOTE).contains("Filing"));
      assertEquals(
          "FILING",
          Api.object(matter.paralegal().get("api/documents/" + note))
              .getJsonObject("document")
              .getString("kind"));

      // Remove asks first; Keep keeps them.
      page.tickAll(subject, NOTE);
      page.removeTicked(false);
      assertEquals(200, matter.paralegal().get("api/documents/" + note).statusCode());
      assertEquals(3, page.documentTitles().size());

      page.tickAll(subject, NOTE);
      String said = page.removeTicked(true);
      assertTrue(
          said.contains(
              "Removed 2 documents (1 attachment with them) and 1 passage marked in them from the"
                  + " matter"),
          said);
      c.until(d -> page.documentTitles().isEmpty());
      c.assertAccessible("matter.xhtml after a removal");
    }

    for (long gone : List.of(email, attachment, note)) {
      assertEquals(404, matter.paralegal().get("api/documents/" + gone).statusCode());
    }
    // The history says who removed it, and keeps what it was.
    List<JsonObject> history =
        Api.array(matter.paralegal().get("api/documents/" + note + "/history"))
            .getValuesAs(JsonObject.class);
    JsonObject last = history.get(history.size() - 1);
    assertEquals("removed", last.getString("change"), history.toString());
    assertEquals(matter.paralegalName(), last.getString("by"), last.toString());
    assertTrue(
        history.stream()
            .anyMatch(
                h ->
                    "passage".equals(h.getString("subject"))
                        && "removed".equals(h.getString("change"))),
        "the passage's removal is in the document's history: " + history);
    // Someone not on the matter does not see even the history.
    assertEquals(404, other.paralegal().get("api/documents/" + note + "/history").statusCode());

    // The other matter's copy of the same bytes keeps its original.
    long othersNote = other.documentFile(NOTE);
    HttpResponse<String> original =
        other.paralegal().get("api/documents/" + othersNote + "/original");
    assertEquals(200, original.statusCode());
    assertTrue(original.body().contains("OpenAI, Inc. sued"), original.body());
  }
}
