package org.pincite.service.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.annotation.Stance;

class ChronologyOutputTest {
  private static final Chronology CHRONOLOGY =
      new Chronology(
          List.of(
              new ChronologyEntry(
                  LocalDate.of(2017, 9, 20),
                  ChronologyEntry.DOCUMENT,
                  7,
                  "Re: <b>structure</b>",
                  "Email",
                  null,
                  "Re: <b>structure</b>",
                  null,
                  List.of(),
                  List.of(),
                  null,
                  null),
              new ChronologyEntry(
                  LocalDate.of(2018, 2, 1),
                  ChronologyEntry.PASSAGE,
                  8,
                  "Fwd: labs",
                  "Email",
                  1,
                  "=HYPERLINK(\"x\"), \"cash cow\"\n일론",
                  Stance.SUPPORTS,
                  List.of(3L),
                  List.of("Tesla, merger"),
                  11L,
                  null)),
          2);

  @Test
  void csvHasABomQuotesWhatNeedsItAndDefusesFormulas() {
    String csv = new String(ChronologyCsv.write(CHRONOLOGY), StandardCharsets.UTF_8);
    assertTrue(
        csv.startsWith(
            "\uFEFFDate,Kind,Document,Document id,Type,Page,Text,Stance,Claims,Cite\r\n"));
    assertTrue(
        csv.contains(
            "2017-09-20,Document,Re: <b>structure</b>,7,Email,,Re: <b>structure</b>,,,\r\n"),
        csv);
    assertTrue(
        csv.contains(
            "2018-02-01,Passage,Fwd: labs,8,Email,1,\"'=HYPERLINK(\"\"x\"\"), \"\"cash cow\"\"\n일론\",Supports,\"Tesla, merger\",\r\n"),
        csv);
  }

  @Test
  void thePictureEscapesItsTextsAndPlacesEveryEntry() {
    String svg = ChronologyPicture.svg(CHRONOLOGY);
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assertFalse(svg.contains("<b>"), svg);
    assertTrue(svg.contains("Re: &lt;b&gt;structure&lt;/b&gt;"));
    assertEquals(1, svg.split("class=\"pc-tl-document\"", -1).length - 1);
    assertEquals(1, svg.split("class=\"pc-tl-passage\"", -1).length - 1);
    assertTrue(svg.contains(">2018</text>"), "the year is marked on the axis");
    assertTrue(ChronologyPicture.svg(new Chronology(List.of(), 0)).contains("No dated documents"));
  }

  @Test
  void aFactIsADiamondOnTheTimelineAndAFactRowInTheCsv() {
    Chronology facts =
        new Chronology(
            List.of(
                new ChronologyEntry(
                    LocalDate.of(2015, 12, 11),
                    ChronologyEntry.FACT,
                    8,
                    "Founding memo",
                    "Other",
                    1,
                    "Fact 1 (11 Dec 2015): OpenAI was founded as a non-profit.",
                    null,
                    List.of(3L),
                    List.of("A contract existed"),
                    null,
                    null)),
            0);
    String svg = ChronologyPicture.svg(facts);
    assertTrue(svg.contains("class=\"pc-tl-fact\""), svg);
    assertTrue(svg.contains("Fact 1 (11 Dec 2015)"), svg);
    String csv = new String(ChronologyCsv.write(facts), StandardCharsets.UTF_8);
    assertTrue(csv.contains("2015-12-11,Fact,Founding memo,8,Other,1,"), csv);
  }
}
