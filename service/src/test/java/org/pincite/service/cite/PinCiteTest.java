package org.pincite.service.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  private static final Source COMPLAINT =
      new Source(
          DocumentKind.FILING,
          DocumentType.COMPLAINT,
          "Complaint \u2014 Musk v. Altman et al.",
          null,
          null);

  @BeforeAll
  static void extractTheDemoComplaint() {
    // The complaint is on pleading paper: its margin's line numbers blanked, as DocumentCites
    // hands a page to the paragraph cite.
    ExtractionOutcome.Extracted e =
        (ExtractionOutcome.Extracted)
            new PdfTextExtractor().extract(DemoMatterContent.complaintPdf());
    complaint = new java.util.ArrayList<>();
    for (int i = 0; i < e.pages().size(); i++) {
      complaint.add(Lines.withoutMargins(e.pages().get(i), e.lines().get(i)));
    }
  }

  private static IntFunction<String> pages() {
    return n -> n >= 1 && n <= complaint.size() ? complaint.get(n - 1) : null;
  }

  /** The span of {@code words} on the first page holding them. */
  private static Pages find(String words) {
    for (int i = 0; i < complaint.size(); i++) {
      int at = complaint.get(i).indexOf(words);
      if (at >= 0) {
        return new Pages(i + 1, at, i + 1, at + words.length());
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
    Pages start = find("Founding Agreement the laboratory would be a non-profit");
    Pages end = find("incorporated in December 2015");
    Pages both = new Pages(start.startPage(), start.startOffset(), end.endPage(), end.endOffset());
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
    assertEquals("Compl. \u00b6 12", PinCite.of(COMPLAINT, new Pages(2, 0, 2, 11), texts));
    assertEquals(
        "Compl. \u00b6\u00b6 12\u201313", PinCite.of(COMPLAINT, new Pages(1, 4, 2, 30), texts));
  }

  @Test
  void textUnderAHeadingOrInThePrayerHasNoParagraphAndCitesThePage() {
    assertEquals(
        "Compl. at 1",
        PinCite.of(COMPLAINT, find("Plaintiff Elon Musk alleges as follows"), pages()));
    assertEquals(
        "Compl. at 6",
        PinCite.of(COMPLAINT, find("A declaration that GPT-4 and Q* are AGI"), pages()));
    assertEquals("Compl. at 5", PinCite.of(COMPLAINT, find("Second Cause of Action"), pages()));
  }

  @Test
  void aFilingWithAnExhibitLabelAndAFilingThatIsNoPleading() {
    Source labelled =
        new Source(DocumentKind.FILING, DocumentType.COMPLAINT, "Complaint", "Ex. 1", null);
    assertEquals("Compl., Ex. 1 \u00b6 7", PinCite.of(labelled, find("7. In 2015"), pages()));
    Source declaration =
        new Source(
            DocumentKind.FILING, DocumentType.OTHER, "Declaration of S. Altman", "Ex. 4", null);
    assertEquals(
        "Declaration of S. Altman, Ex. 4 at 2\u20133",
        PinCite.of(declaration, new Pages(2, 0, 3, 5), n -> "no numbers here"));
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
    Source email =
        new Source(
            DocumentKind.EVIDENCE,
            DocumentType.EMAIL,
            "Fwd: Where the leading AI labs stand",
            null,
            headers);
    assertEquals(
        "Email from E. Musk to S. Altman, 1 Feb 2018, 'Fwd: Where the leading AI labs stand', at 1",
        PinCite.of(email, new Pages(1, 10, 1, 20), n -> "x"));
    Source exhibit = new Source(DocumentKind.EVIDENCE, DocumentType.EMAIL, "t", "PX-3", headers);
    assertEquals(
        "Email from E. Musk to S. Altman, 1 Feb 2018, 'Fwd: Where the leading AI labs stand', PX-3, at 1\u20132",
        PinCite.of(exhibit, new Pages(1, 10, 2, 20), n -> "x"));
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
    Source article =
        new Source(DocumentKind.EVIDENCE, DocumentType.ARTICLE, "OpenAI's charter", "Ex. 12", null);
    assertEquals(
        "OpenAI's charter, Ex. 12, at 4",
        PinCite.of(article, new Pages(4, 0, 4, 9), n -> "12. not a filing"));
    Source untitled =
        new Source(DocumentKind.EVIDENCE, DocumentType.OTHER, "notes.txt", null, null);
    assertEquals("notes.txt, at 3\u20134", PinCite.of(untitled, new Pages(3, 0, 4, 9), n -> ""));
    // An email whose headers were lost is cited like other evidence.
    Source bare =
        new Source(
            DocumentKind.EVIDENCE,
            DocumentType.EMAIL,
            "message.eml",
            null,
            new EmailHeaders(null, null, null, null, null, null));
    assertEquals("message.eml, at 1", PinCite.of(bare, new Pages(1, 0, 1, 1), n -> ""));
  }

  @Test
  void aShortCiteNameTheTeamGaveReplacesTitleAbbreviationAndEmailHeaders() {
    Source declaration =
        new Source(
            DocumentKind.FILING,
            DocumentType.OTHER,
            "Declaration of Jane Roe in Support of the Motion",
            "Roe Decl.",
            null,
            null,
            null,
            null);
    assertEquals("Roe Decl. at 2", PinCite.of(declaration, new Pages(2, 0, 2, 4), n -> "text"));
    Source complaint =
        new Source(
            DocumentKind.FILING,
            DocumentType.COMPLAINT,
            "Complaint",
            "Am. Compl.",
            null,
            null,
            null,
            null);
    assertEquals("Am. Compl. \u00b6 7", PinCite.of(complaint, find("7. In 2015"), pages()));
    Source email =
        new Source(
            DocumentKind.EVIDENCE,
            DocumentType.EMAIL,
            "Re: funding",
            "Musk Email",
            "PX-3",
            null,
            new EmailHeaders("Elon Musk <e@x>", null, null, null, "Re: funding", null),
            null);
    assertEquals("Musk Email, PX-3, at 1", PinCite.of(email, new Pages(1, 0, 1, 1), n -> ""));
  }

  @Test
  void aCaseCitesItsPrintedPagesAsASlipOpinionOrAfterItsReporterCite() {
    PageLabels printed = PageLabels.of(List.of("2083", "2084", "2085", "2086", "2087", "2088"));
    Source slip =
        new Source(
            DocumentKind.EVIDENCE,
            DocumentType.CASE,
            "court_cl_9thCircuit-07-55393.pdf",
            "Mortimer v. Baca",
            null,
            null,
            null,
            printed);
    assertEquals(
        "Mortimer v. Baca, slip op. at 2087\u201388",
        PinCite.of(slip, new Pages(5, 10, 6, 20), n -> ""));
    assertEquals(
        "Mortimer v. Baca, slip op. at 2083", PinCite.of(slip, new Pages(1, 0, 1, 2), n -> ""));
    Source reported =
        new Source(
            DocumentKind.EVIDENCE,
            DocumentType.CASE,
            "Mortimer v. Baca",
            "Mortimer",
            null,
            "596 F.3d 1234",
            null,
            PageLabels.of(List.of("1234", "1235", "1236", "1237", "1238", "1239", "1240", "1241")));
    assertEquals(
        "Mortimer, 596 F.3d 1234, 1240", PinCite.of(reported, new Pages(7, 0, 7, 9), n -> ""));
    assertEquals(
        "Mortimer, 596 F.3d 1234, 1240\u201341",
        PinCite.of(reported, new Pages(7, 0, 8, 9), n -> ""));
    // A statute or an article is cited like other evidence, by its short name and printed page.
    Source article =
        new Source(
            DocumentKind.EVIDENCE,
            DocumentType.ARTICLE,
            "A Brief History of Computer-Assisted Legal Research",
            "Harrington",
            null,
            null,
            null,
            PageLabels.of(List.of("543", "544")));
    assertEquals("Harrington, at 544", PinCite.of(article, new Pages(2, 0, 2, 9), n -> ""));
  }

  @Test
  void printedLabelsRunAsLawyersWriteThemAndPagesWithoutOneKeepTheirIndex() {
    PageLabels labels =
        PageLabels.of(java.util.Arrays.asList("i", "ii", null, "A-12", "A-13", "99", "100"));
    assertEquals("i\u2013ii", labels.range(1, 2));
    assertEquals("3", labels.range(3, 3));
    assertEquals("A-12\u2013A-13", labels.range(4, 5));
    assertEquals("99\u2013100", labels.range(6, 7));
    assertEquals("8", labels.label(8));
    assertEquals("1087\u2013102", PageLabels.of(List.of("1087", "1102")).range(1, 2));
    assertEquals("5\u20136", PageLabels.none().range(5, 6));
    assertTrue(labels.differsFromIndices());
    assertFalse(PageLabels.of(List.of("1", "2")).differsFromIndices());
  }

  @Test
  void aSpanBackwardsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Pages(3, 0, 2, 0));
  }
}
