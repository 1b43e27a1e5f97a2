package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.DocumentPage;
import org.pincite.web.browser.pages.SearchPage;
import org.pincite.web.browser.pages.TestimonyPanel;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionDeposition;
import org.pincite.web.testing.TestMatter;

/**
 * Beside a transcript (fiction, {@link FictionDeposition}): the exhibits its testimony names,
 * linked to the matter's document with that label; each side's designations made from a selection,
 * objected to and ruled on, drawn as brackets in the party's colour, marked as a passage for a
 * claim, exported as CSV and imported again; and a search hit that opens the transcript at its
 * line.
 */
@Tag("browser")
class TestimonyPanelIT {
  private static final String EN_DASH = "\u2013";
  private static final String PLAINTIFF = "OpenAI, Inc.";
  private static final String DEFENDANT = "Guy Ravine";
  private static final String ELEMENT = "Plaintiff owns a protectable mark";
  private static TestMatter matter;
  private static long transcript;
  private static long exhibit;

  @BeforeAll
  static void aMatterWithATranscriptAndItsExhibit() {
    matter = TestMatter.small("testimony-panel");
    transcript = matter.upload(FictionDeposition.FILE_NAME, FictionDeposition.text(), null, null);
    exhibit =
        matter.upload(
            "widget-contract.txt",
            "The widget contract (fiction, written for Pincite's tests).\n"
                .getBytes(StandardCharsets.UTF_8),
            "EVIDENCE",
            "OTHER");
    matter.admin().awaitExtraction(matter.id());
    long version =
        Api.object(matter.admin().get("api/documents/" + exhibit))
            .getJsonObject("document")
            .getJsonNumber("version")
            .longValue();
    HttpResponse<String> labelled =
        matter
            .admin()
            .patch(
                "api/documents/" + exhibit,
                "{\"version\":%d,\"exhibitLabel\":\"Ex. 14\"}".formatted(version));
    assertEquals(200, labelled.statusCode(), labelled.body());
  }

  @Test
  void eachSideDesignatesObjectsRulesMarksExportsAndImportsBesideTheTranscript() throws Exception {
    try (Chromium c = Chromium.paralegalOf(matter)) {
      Path downloads = c.allowDownloads();
      DocumentPage viewer = c.document().open(transcript).scrollToPage(3).scrollToPage(4);
      TestimonyPanel panel = viewer.testimony();
      assertEquals("Roe Dep.", panel.citeName());
      List<String> exhibits = panel.exhibits();
      assertEquals(1, exhibits.size(), exhibits.toString());
      assertTrue(exhibits.get(0).startsWith("Exhibit 14 at 4:3"), exhibits.toString());

      // The plaintiff designates the answer across the page break, from the selection.
      viewer.select(3, FictionDeposition.ANSWER_START, 4, FictionDeposition.ANSWER_END);
      panel.useTheSelection();
      assertEquals("3:25", panel.from());
      assertEquals("4:2", panel.to());
      panel.fill(PLAINTIFF, "Designation", null, null, null, null).save();
      panel.awaitDesignation("Roe Dep. 3:25" + EN_DASH + "4:2", "Designation by " + PLAINTIFF);
      // The defendant counter-designates the next two lines, typed.
      panel.fill(DEFENDANT, "Counter-designation", "4:3", "4:4", null, null).save();
      panel.awaitDesignation("Roe Dep. 4:3" + EN_DASH + "4", "Counter-designation by " + DEFENDANT);
      c.until(d -> viewer.designationBrackets(4).size() == 2);
      assertTrue(
          viewer.designationBrackets(3).stream()
              .anyMatch(t -> t.startsWith("designation by " + PLAINTIFF)),
          viewer.designationBrackets(3).toString());

      // The defendant objects to the plaintiff's designation; the court overrules it.
      panel.objectOrRule(0).fill(null, null, null, null, "Hearsay", "Overruled").save();
      String ruled = panel.awaitDesignation("Objection: Hearsay", "Ruling: Overruled");
      assertTrue(ruled.contains("3:25" + EN_DASH + "4:2"), ruled);
      c.until(
          d ->
              viewer.designationBrackets(3).stream()
                  .anyMatch(t -> t.contains("objection: Hearsay; ruling: Overruled")));

      // A bad line is refused with what the field takes.
      panel.fill(PLAINTIFF, "Designation", "page four", "", null, null).save();
      c.until(d -> panel.messages().contains("such as 3:25"));
      assertEquals(2, panel.designations().size(), "nothing saved");

      // Exported as CSV, removed, imported again: the same two rows with objection and ruling.
      panel.exportCsv();
      byte[] csv = c.awaitDownload("csv");
      String exported = new String(csv, StandardCharsets.UTF_8);
      assertTrue(
          exported.contains(
              "Roe Dep.,3,25,4,2,Designation,\"" + PLAINTIFF + "\",Hearsay,Overruled"),
          exported);
      assertTrue(
          exported.contains("Roe Dep.,4,3,4,4,Counter-designation," + DEFENDANT + ",,"), exported);
      Path file = Files.write(downloads.resolve("again.csv"), csv);
      panel.delete(1).delete(0);
      c.until(d -> viewer.designationBrackets(4).isEmpty());
      panel.importCsv(file);
      panel.awaitDesignation("Roe Dep. 3:25" + EN_DASH + "4:2", "Hearsay", "Overruled");
      panel.awaitDesignation("Counter-designation by " + DEFENDANT);
      c.until(d -> viewer.designationBrackets(4).size() == 2);

      // The plaintiff's designation becomes a passage supporting an element, cited by its lines.
      int first = panel.designations().get(0).contains("Designation by " + PLAINTIFF) ? 0 : 1;
      panel.markAsPassage(first, ELEMENT);
      JsonObject passage =
          c.until(
              d ->
                  Api.array(matter.paralegal().get("api/documents/" + transcript + "/annotations"))
                      .getValuesAs(JsonObject.class)
                      .stream()
                      .findFirst()
                      .orElse(null));
      assertEquals("Roe Dep. 3:25" + EN_DASH + "4:2", passage.getString("cite"));
      DocumentPage reloaded = c.document().awaitPage(1);
      assertEquals(
          "Roe Dep. 3:25" + EN_DASH + "4:2",
          reloaded.passageLink(passage.getJsonNumber("id").longValue()));

      // The exhibit named in the testimony links to the document labelled Ex. 14.
      reloaded.testimony().openFirstExhibit();
      assertTrue(c.url().contains("id=" + exhibit), c.url());
    }
  }

  @Test
  void aSearchHitShowsItsPageLineCiteAndOpensTheTranscriptAtThatLine() {
    try (Chromium c = Chromium.paralegalOf(matter)) {
      SearchPage search = c.search().open(matter.id()).search("Esperanza");
      assertEquals("Roe Dep. 4:1", search.firstHitCite());
      DocumentPage viewer = search.openFirstHit();
      assertTrue(c.url().contains("line=4%3A1") || c.url().contains("line=4:1"), c.url());
      assertEquals("4:1", viewer.awaitPage(4).targetLine(4));
    }
  }
}
