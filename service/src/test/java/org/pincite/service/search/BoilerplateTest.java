package org.pincite.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suggestions never offer a caption, a signature block or a running head as "the sentence". */
class BoilerplateTest {
  @Test
  void captionsSignatureBlocksAndRunningHeadsAreBoilerplate() {
    assertTrue(Boilerplate.is("ELON MUSK, an individual,\nPlaintiff,\nv.\nSAMUEL ALTMAN"));
    assertTrue(Boilerplate.is("Musk v. Altman et al., Case No. CGC-24-612746"));
    assertTrue(Boilerplate.is("SUPERIOR COURT OF THE STATE OF CALIFORNIA"));
    assertTrue(Boilerplate.is("Respectfully submitted, /s/ Jane Roe, Attorneys for Plaintiff"));
    assertTrue(Boilerplate.is("Page 3 of 10"));
    assertTrue(Boilerplate.is("COMPLAINT 4"));
  }

  @Test
  void factualSentencesAreNot() {
    assertFalse(
        Boilerplate.is(
            "Altman and Brockman assured Musk that OpenAI would remain a non-profit devoted to open-source technology."));
    assertFalse(Boilerplate.is("Plaintiff relied on these promises when he donated."));
    assertFalse(Boilerplate.is("회사의 과반 지분과 이사회 통제권을 원한다."));
  }

  @Test
  void theBestSentenceOfACaptionPageSkipsTheCaption() {
    String page =
        "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF SAN FRANCISCO\n\n"
            + "ELON MUSK, an individual,\nPlaintiff,\nv.\nSAMUEL ALTMAN, et al.,\nDefendants.\n\n"
            + "Case No. CGC-24-612746\n\nCOMPLAINT FOR BREACH OF NON-PROFIT PROMISES\n\n"
            + "OpenAI was founded as a non-profit for the benefit of humanity.";
    int[] at = MatterSearch.bestSentence(page, Map.of("non-profit", 1.0));
    assertEquals(
        "OpenAI was founded as a non-profit for the benefit of humanity.",
        page.substring(at[0], at[1]));
  }

  @Test
  void aPageOfNothingButBoilerplateStillHasASentence() {
    String page = "Respectfully submitted, Attorneys for Plaintiff";
    int[] at = MatterSearch.bestSentence(page, Map.of("plaintiff", 1.0));
    assertEquals(page, page.substring(at[0], at[1]));
  }
}
