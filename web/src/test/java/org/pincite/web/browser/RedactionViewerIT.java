package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionLetter;
import org.pincite.web.testing.TestMatter;

/**
 * Redacting in the viewer (a fiction letter): selected words redacted with X and a reason chosen
 * with the arrow keys, a box dragged over a page image, a box placed and sized with the keyboard
 * alone; each stored (read back through the API), outlined on the page, listed and removable; the
 * page checked with axe-core with the dialog open and with the redactions shown.
 */
@Tag("browser")
class RedactionViewerIT {
  private static TestMatter matter;
  private static long letter;

  @BeforeAll
  static void aMatterWithALetter() {
    matter = TestMatter.small("redaction-viewer");
    letter =
        matter.upload(
            FictionLetter.FILE_NAME, FictionLetter.pdf("viewer " + System.nanoTime()), null, null);
    matter.admin().awaitExtraction(matter.id());
  }

  private static List<JsonObject> stored() {
    return Api.array(matter.paralegal().get("api/documents/" + letter + "/redactions"))
        .getValuesAs(JsonObject.class);
  }

  /** Once {@code count} redactions are stored, the newest (the list is in page order). */
  private static JsonObject awaitStored(Chromium c, int count) {
    c.until(d -> stored().size() == count);
    return stored().stream()
        .max(java.util.Comparator.comparingLong(r -> r.getJsonNumber("id").longValue()))
        .orElseThrow();
  }

  @Test
  void aReviewerRedactsWordsAndBoxesAndSeesThemStoredOutlinedAndRemovable() {
    try (Chromium c = Chromium.paralegalOf(matter)) {
      c.document().open(letter).awaitPage(2).awaitFirstImage();
      c.assertAccessible("document.xhtml");

      // Words: select them, press X, choose the reason with the arrows, Enter.
      c.document().select(2, "Jane Roe", 2, "Jane Roe");
      c.keys("x");
      WebElement dialog = c.shown(By.id("pc-redact-dialog"));
      assertTrue(dialog.getText().contains("Jane Roe"), dialog.getText());
      assertEquals(
          "PRIVILEGE", c.focused().getAttribute("value"), "the first reason has the focus");
      c.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
      assertEquals("PRIVACY", c.focused().getAttribute("value"));
      c.assertAccessible("document.xhtml with the redaction dialog open");
      c.keys(Keys.ENTER);
      JsonObject words = awaitStored(c, 1);
      assertEquals("WORDS", words.getString("shape"));
      assertEquals("Jane Roe", words.getString("quote"));
      assertEquals("PRIVACY", words.getString("reason"));
      c.until(d -> !d.findElements(By.cssSelector("#page-2 .pc-redacted")).isEmpty());
      assertEquals(
          "Jane Roe", c.driver().findElement(By.cssSelector("#page-2 .pc-redacted")).getText());
      c.until(d -> !d.findElements(By.cssSelector("#page-2 .pc-redaction-box")).isEmpty());
      assertTrue(
          c.focused().getAttribute("id").equals("redaction-" + words.getInt("id")),
          "the focus is on the new redaction in the list");

      // A box dragged over the first line of page 1.
      c.driver().findElement(By.id("pc-draw-box")).click();
      WebElement image = c.driver().findElement(By.cssSelector("#page-1 .pc-page-image img"));
      int w = image.getSize().getWidth();
      int h = image.getSize().getHeight();
      new Actions(c.driver())
          .moveToElement(image, (int) (-0.45 * w), (int) (-0.44 * h))
          .clickAndHold()
          .moveByOffset((int) (0.85 * w), (int) (0.05 * h))
          .release()
          .perform();
      c.shown(By.id("pc-redact-dialog"));
      c.driver().findElement(By.cssSelector("#pc-redact-dialog input[value=PRIVILEGE]")).click();
      c.driver().findElement(By.id("pc-redact-save")).click();
      JsonObject box = awaitStored(c, 2);
      assertEquals("BOX", box.getString("shape"));
      assertEquals(1, box.getInt("page"));
      JsonObject b = box.getJsonObject("box");
      assertEquals(0.05, b.getJsonNumber("x").doubleValue(), 0.02, b.toString());
      assertEquals(0.06, b.getJsonNumber("y").doubleValue(), 0.02, b.toString());
      assertEquals(0.85, b.getJsonNumber("w").doubleValue(), 0.02, b.toString());
      assertEquals("PRIVILEGE", box.getString("reason"));
      c.until(d -> !d.findElements(By.cssSelector("#page-1 .pc-redaction-drawn")).isEmpty());

      // A box with the keyboard alone: B, Shift+arrows to size it, Enter, Enter.
      c.keys("b");
      c.until(d -> "pc-redaction-draft".equals(c.focused().getAttribute("class")));
      c.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
      new Actions(c.driver())
          .keyDown(Keys.SHIFT)
          .sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_DOWN)
          .keyUp(Keys.SHIFT)
          .perform();
      c.keys(Keys.ENTER);
      c.shown(By.id("pc-redact-dialog"));
      c.keys(Keys.ENTER);
      JsonObject keyed = awaitStored(c, 3);
      JsonObject k = keyed.getJsonObject("box");
      assertEquals(0.1, k.getJsonNumber("x").doubleValue(), 1e-6, k.toString());
      assertEquals(0.12, k.getJsonNumber("y").doubleValue(), 1e-6, k.toString());
      assertEquals(0.31, k.getJsonNumber("w").doubleValue(), 1e-6, k.toString());
      assertEquals(0.06, k.getJsonNumber("h").doubleValue(), 1e-6, k.toString());
      assertEquals(3, c.driver().findElements(By.cssSelector("#redaction-list li")).size());
      c.assertAccessible("document.xhtml with redactions");

      // Remove the words' redaction from the list.
      c.driver()
          .findElement(By.cssSelector("#redaction-" + words.getInt("id") + " .pc-redaction-remove"))
          .click();
      c.until(d -> stored().size() == 2);
      c.until(d -> d.findElements(By.cssSelector("#page-2 .pc-redacted")).isEmpty());
      assertEquals("redactions-heading", c.focused().getAttribute("id"));
    }
  }
}
