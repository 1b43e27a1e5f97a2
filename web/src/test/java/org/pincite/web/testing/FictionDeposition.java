package org.pincite.web.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A deposition transcript written for the tests, fiction throughout: the witness, the case, the
 * lawyers and the testimony are invented. As a court reporter's ASCII export: a zero-padded page
 * number heading each page, 25 numbered lines. Page 1 is the caption, page 2 the appearances; the
 * answer that begins on page 3 line 25 ends on page 4 line 2, and page 4 names Exhibit 14.
 */
public final class FictionDeposition {
  public static final String FILE_NAME = "roe-deposition.txt";
  public static final String ANSWER_START = "contract was signed";
  public static final String ANSWER_END = "the only copy";

  private FictionDeposition() {}

  public static byte[] text() {
    StringBuilder s = new StringBuilder();
    page(
        s,
        1,
        List.of(
            "SUPERIOR COURT OF THE STATE OF CALIFORNIA",
            "DOE INDUSTRIES v. ACME WIDGETS (a fictional case)",
            "DEPOSITION OF JANE Q. ROE",
            "Taken on March 3, 2025",
            "Reported by A. Nonymous, CSR (fictional)"));
    page(
        s,
        2,
        List.of(
            "APPEARANCES:",
            "For the Plaintiff: R. Counsel (fictional)",
            "For the Defendant: S. Advocate (fictional)"));
    List<String> testimony = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      testimony.add(i % 2 == 1 ? "Q. Question " + i + " about widgets?" : "A. Answer " + i + ".");
    }
    testimony.add("A. The widget contract was signed on the");
    page(s, 3, testimony);
    page(
        s,
        4,
        List.of(
            "fourth of May, in Esperanza, and",
            "that was the only copy I ever saw.",
            "Q. Let me show you Exhibit 14.",
            "(Exhibit 14 was marked for identification.)"));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void page(StringBuilder s, int page, List<String> lines) {
    s.append("%04d%n".formatted(page));
    for (int i = 0; i < lines.size(); i++) {
      s.append("%3d  %s%n".formatted(i + 1, lines.get(i)));
    }
  }
}
