package org.pincite.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;

/**
 * Pin cites on the demo complaint's real extracted text, on email headers, and on other evidence.
 */
class PinCiteTest {
  private static List<String> complaint;
  private static final PinCite.Source COMPLAINT =
      new PinCite.Source(
          DocumentKind.FILING,
          DocumentType.COMPLAINT,
          "Complaint \u2014 Musk v. Altman et al.",
          null,
          null);

  @BeforeAll
  static void extractTheDemoComplaint() {
    complaint =
        ((ExtractionOutcome.Extracted)
                new PdfTextExtractor().extract(DemoMatterContent.complaintPdf()))
            .pages();
  }

  private static IntFunction<String> pages() {
    return n -> n >= 1 && n <= complaint.size() ? complaint.get(n - 1) : null;
  }

  /** The span of {@code words} on the first page holding them. */
  private static PinCite.Span find(String words) {
    for (int i = 0; i < complaint.size(); i++) {
      int at = complaint.get(i).indexOf(words);
      if (at >= 0) {
        return new PinCite.Span(i + 1, at, i + 1, at + words.length());
      }
    }
    throw new AssertionError("not in the demo complaint: " + words);
  }

  @Test
  void aQuoteStartingAtANumberedParagraphCitesThatParagraph() {
    assertEquals(
        "Compl. \u00b6 7",
        PinCite.of(COMPLAINT, find("7. In 2015 Plaintiff, Mr. Altman"), pages()));
  }

  @Test
  void aQuoteInsideAParagraphOnALaterLineCitesTheParagraphItLiesIn() {
    // "about $1 billion" is on the second line of paragraph 14.
    assertEquals(
        "Compl. \u00b6 14",
        PinCite.of(COMPLAINT, find("billion and later with many billions"), pages()));
    assertEquals(
        "Compl. \u00b6 10", PinCite.of(COMPLAINT, find("helped recruit its first"), pages()));
  }

  @Test
  void aQuoteRunningIntoTheNextParagraphCitesBoth() {
    PinCite.Span start = find("Founding Agreement the laboratory would be a non-profit");
    PinCite.Span end = find("incorporated in December 2015");
    PinCite.Span both =
        new PinCite.Span(start.startPage(), start.startOffset(), end.endPage(), end.endOffset());
    assertEquals("Compl. \u00b6\u00b6 8\u20139", PinCite.of(COMPLAINT, both, pages()));
  }

  @Test
  void aParagraphIsFollowedBackAcrossAPageBreakPastTheFooter() {
    // Page 2 begins with a heading, page 3 with "CAUSES OF ACTION": build a page that continues a
    // paragraph.
    IntFunction<String> texts =
        n ->
            switch (n) {
              case 1 ->
                  "12. Defendants repeatedly confirmed\nthat the work would be\nCOMPLAINT (ILLUSTRATIVE RECONSTRUCTION) \u2014 PAGE 1\n";
              case 2 -> "open to all, and so on.\n13. Plaintiff left the board.\n";
              default -> null;
            };
    assertEquals("Compl. \u00b6 12", PinCite.of(COMPLAINT, new PinCite.Span(2, 0, 2, 11), texts));
    assertEquals(
        "Compl. \u00b6\u00b6 12\u201313",
        PinCite.of(COMPLAINT, new PinCite.Span(1, 4, 2, 30), texts));
  }

  @Test
  void textUnderAHeadingOrInThePrayerHasNoParagraphAndCitesThePage() {
    assertEquals(
        "Compl. at 1",
        PinCite.of(COMPLAINT, find("Plaintiff Elon Musk alleges as follows"), pages()));
    assertEquals(
        "Compl. at 3",
        PinCite.of(COMPLAINT, find("A declaration that GPT-4 and Q* are AGI"), pages()));
    assertEquals("Compl. at 3", PinCite.of(COMPLAINT, find("Second Cause of Action"), pages()));
  }

  @Test
  void aFilingWithAnExhibitLabelAndAFilingThatIsNoPleading() {
    PinCite.Source labelled =
        new PinCite.Source(DocumentKind.FILING, DocumentType.COMPLAINT, "Complaint", "Ex. 1", null);
    assertEquals("Compl., Ex. 1 \u00b6 7", PinCite.of(labelled, find("7. In 2015"), pages()));
    PinCite.Source declaration =
        new PinCite.Source(
            DocumentKind.FILING, DocumentType.OTHER, "Declaration of S. Altman", "Ex. 4", null);
    assertEquals(
        "Declaration of S. Altman, Ex. 4 at 2\u20133",
        PinCite.of(declaration, new PinCite.Span(2, 0, 3, 5), n -> "no numbers here"));
  }

  @Test
  void anEmailNamesSenderRecipientsDateAndSubject() {
    EmailHeaders headers =
        new EmailHeaders(
            "Elon Musk <elon@example.org>",
            "Sam Altman <sam@example.org>",
            "Greg Brockman <greg@example.org>",
            OffsetDateTime.of(2018, 2, 1, 11, 52, 0, 0, ZoneOffset.UTC),
            "Fwd: Where the leading AI labs stand",
            "<1@x>");
    PinCite.Source email =
        new PinCite.Source(
            DocumentKind.EVIDENCE,
            DocumentType.EMAIL,
            "Fwd: Where the leading AI labs stand",
            null,
            headers);
    assertEquals(
        "Email from E. Musk to S. Altman, 1 Feb 2018, 'Fwd: Where the leading AI labs stand', at 1",
        PinCite.of(email, new PinCite.Span(1, 10, 1, 20), n -> "x"));
    PinCite.Source exhibit =
        new PinCite.Source(DocumentKind.EVIDENCE, DocumentType.EMAIL, "t", "PX-3", headers);
    assertEquals(
        "Email from E. Musk to S. Altman, 1 Feb 2018, 'Fwd: Where the leading AI labs stand', PX-3, at 1\u20132",
        PinCite.of(exhibit, new PinCite.Span(1, 10, 2, 20), n -> "x"));
  }

  @Test
  void recipientsAreListedUpToThreeAndNamesWithoutLatinLettersStayWhole() {
    assertEquals(
        List.of("S. Altman", "I. Sutskever", "G. Brockman"),
        PinCite.people(
            "Sam Altman <sam@example.org>, Ilya Sutskever <ilya@example.org>, Greg Brockman <greg@example.org>"));
    assertEquals(
        List.of("E. Musk", "bob@example.org", "일론 머스크"),
        PinCite.people(
            "\"Musk, Elon\" <elon@example.org>, bob@example.org, 일론 머스크 <kr@example.org>"));
    EmailHeaders many =
        new EmailHeaders(
            "a@example.org", "A B <a@x>, C D <c@x>, E F <e@x>, G H <g@x>", null, null, null, null);
    assertEquals("Email from a@example.org to A. B et al.", PinCite.emailDescription(many));
    EmailHeaders three =
        new EmailHeaders(null, "A B <a@x>, C D <c@x>, E F <e@x>", null, null, "Hi", null);
    assertEquals("Email to A. B, C. D and E. F, 'Hi'", PinCite.emailDescription(three));
  }

  @Test
  void otherEvidenceCitesTitleExhibitAndPage() {
    PinCite.Source article =
        new PinCite.Source(
            DocumentKind.EVIDENCE, DocumentType.ARTICLE, "OpenAI's charter", "Ex. 12", null);
    assertEquals(
        "OpenAI's charter, Ex. 12, at 4",
        PinCite.of(article, new PinCite.Span(4, 0, 4, 9), n -> "12. not a filing"));
    PinCite.Source untitled =
        new PinCite.Source(DocumentKind.EVIDENCE, DocumentType.OTHER, "notes.txt", null, null);
    assertEquals(
        "notes.txt, at 3\u20134", PinCite.of(untitled, new PinCite.Span(3, 0, 4, 9), n -> ""));
    // An email whose headers were lost is cited like other evidence.
    PinCite.Source bare =
        new PinCite.Source(
            DocumentKind.EVIDENCE,
            DocumentType.EMAIL,
            "message.eml",
            null,
            new EmailHeaders(null, null, null, null, null, null));
    assertEquals("message.eml, at 1", PinCite.of(bare, new PinCite.Span(1, 0, 1, 1), n -> ""));
  }

  @Test
  void aSpanBackwardsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PinCite.Span(3, 0, 2, 0));
  }
}
