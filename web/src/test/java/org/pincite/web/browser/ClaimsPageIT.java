package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ClaimsPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/** Drafting claims on the claims page in headless Chromium: add, reorder, rename and nest. */
@Tag("browser")
class ClaimsPageIT {

  private static TestMatter matter;

  @BeforeAll
  static void aMatterLikeTheDemo() {
    matter = TestMatter.likeTheDemo("claims-page");
  }

  @Test
  void aReviewerDraftsClaimsAddingRenamingOrderingAndNestingThem() {
    String count = "Conversion of donated funds";
    String donated = "Funds were donated for a charitable purpose";
    String used = "They were used otherwise";
    String renamed = "The funds were used for another purpose";
    try (Chromium c = Chromium.paralegalOf(matter)) {
      ClaimsPage claims =
          c.claims()
              .open(matter.id())
              .addCount(count, "Elon Musk")
              .addBelow(count, donated)
              .addBelow(count, used)
              .moveUp(used)
              .awaitAbove(used, donated)
              .rename(used, renamed)
              .nestUnder(renamed, matter.claimId(donated))
              .awaitDepth(renamed, 2);
      assertTrue(claims.rowIndex(donated) < claims.rowIndex(renamed));
      JsonObject nested =
          Api.array(matter.paralegal().get("api/matters/" + matter.id() + "/claims"))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(x -> x.getString("label").equals(renamed))
              .findFirst()
              .orElseThrow();
      assertEquals(2, nested.getInt("depth"));
    }
  }
}
