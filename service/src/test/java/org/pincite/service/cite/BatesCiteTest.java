package org.pincite.service.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.NumberedLine;

/** Passages on Bates-numbered documents cited by their Bates numbers (fiction documents). */
class BatesCiteTest {
  private static final BatesRange ROE_5_TO_7 = BatesRange.parse("ROE0000005", "ROE0000007");

  private static Source source(String exhibit, BatesRange bates) {
    EmailHeaders mail =
        new EmailHeaders(
            "Jane Roe <jane@example.test>",
            "John Doe <john@example.test>",
            null,
            OffsetDateTime.of(2019, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC),
            "Terms",
            "<m1@example.test>");
    return new Source(
        DocumentKind.EVIDENCE,
        DocumentType.EMAIL,
        "Terms",
        null,
        exhibit,
        null,
        mail,
        PageLabels.none(),
        bates);
  }

  private static String cite(Source source, Pages pages) {
    return DocumentCites.cite(source, null, pages, n -> List.<NumberedLine>of(), n -> "text");
  }

  @Test
  void aPassageOnOneBatesNumberedPageCitesItsNumber() {
    assertEquals("ROE0000006", cite(source(null, ROE_5_TO_7), new Pages(2, 0, 2, 4)));
  }

  @Test
  void aPassageAcrossPagesCitesTheRangeShortenedAfterTheExhibitLabel() {
    assertEquals("ROE0000005–06", cite(source(null, ROE_5_TO_7), new Pages(1, 3, 2, 4)));
    assertEquals("Ex. 7, ROE0000005–06", cite(source("Ex. 7", ROE_5_TO_7), new Pages(1, 3, 2, 4)));
  }

  @Test
  void withoutBatesNumbersForThePagesTheCiteStaysByPage() {
    assertEquals(
        "Email from J. Roe to J. Doe, 1 Mar 2019, 'Terms', at 1",
        cite(source(null, null), new Pages(1, 0, 1, 4)));
    // Page 4 is past the range's three pages: no Bates number to give it.
    assertEquals(
        "Email from J. Roe to J. Doe, 1 Mar 2019, 'Terms', at 3–4",
        cite(source(null, ROE_5_TO_7), new Pages(3, 0, 4, 4)));
  }
}
