package org.pincite.service.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A deposition transcript written for these tests: fiction from the first word to the last (the
 * witness, the matter, the testimony and the reporter are invented; any likeness is chance). Its
 * pages are lists of lines; each test lays them out the way one reporter's format would.
 *
 * <p>Page 1 is the caption, page 2 the appearances; the testimony's answer on page 3 line 25 runs
 * on to page 4 lines 1 and 2; page 4 has a wrapped long line (line 5) and blank numbered lines (7
 * and 8); page 5 has only 12 lines of text before the certificate; page 6 is the reporter's
 * certificate; page 7 a word index.
 */
final class FictionTranscript {
  static final String WITNESS = "JANE Q. ROE";

  /** Page 3 line 25 and page 4 lines 1–2: one answer across the page break. */
  static final String ANSWER_START = "A. The widget contract was signed on the";

  static final String ANSWER_END = "that was the only copy I ever saw.";

  /** Page 4 line 5, too long for one line of the page: the file wraps it. */
  static final String LONG_LINE_START = "Q. And the memorandum you sent afterwards, the one";

  static final String LONG_LINE_REST = "dated the fourth, who received a copy of it?";

  private FictionTranscript() {}

  /** The pages' lines; an empty string is a blank numbered line. */
  static List<List<String>> pages(String witness) {
    List<List<String>> pages = new ArrayList<>();
    pages.add(
        List.of(
            "SUPERIOR COURT OF THE STATE OF CALIFORNIA",
            "COUNTY OF SAN ESPERANZA",
            "",
            "DOE INDUSTRIES, INC., Plaintiff,",
            "v.                                Case No. FIC-00-0000",
            "ACME WIDGETS LLC, Defendant.",
            "",
            "VIDEOTAPED DEPOSITION OF " + witness,
            "VOLUME I",
            "Taken on March 3, 2025",
            "(A fictional transcript written for Pincite's tests.)",
            "",
            "Reported by: A. Nonymous, CSR No. 00000"));
    pages.add(
        List.of(
            "APPEARANCES:",
            "For the Plaintiff: R. Counsel, Esq.",
            "For the Defendant: S. Advocate, Esq.",
            "",
            "EXHIBITS",
            "Exhibit 14   Widget contract           12"));
    List<String> p3 = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      p3.add(i % 2 == 1 ? "Q. Question number " + i + " about widgets?" : "A. Answer " + i + ".");
    }
    p3.add(ANSWER_START);
    pages.add(p3);
    List<String> p4 = new ArrayList<>();
    p4.add("fourth of May, at the office in Esperanza, and");
    p4.add(ANSWER_END);
    p4.add("Q. Did you keep it?");
    p4.add("A. No. (Exhibit 14 was marked for identification.)");
    p4.add(LONG_LINE_START + " " + LONG_LINE_REST);
    p4.add("A. Only Mr. Doe.");
    p4.add("");
    p4.add("");
    for (int i = 9; i <= 25; i++) {
      p4.add(i % 2 == 1 ? "Q. Later question " + i + "?" : "A. Later answer " + i + ".");
    }
    pages.add(p4);
    List<String> p5 = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      p5.add(i % 2 == 1 ? "Q. Final question " + i + "?" : "A. Final answer " + i + ".");
    }
    pages.add(p5);
    pages.add(
        List.of(
            "REPORTER'S CERTIFICATE",
            "I, A. Nonymous, certify that the foregoing is a true record",
            "of the testimony given by the witness.",
            "Dated: March 4, 2025"));
    return pages;
  }

  /** A word index, as review tools append it: no lines of testimony. */
  static List<String> wordIndex() {
    return List.of(
        "WORD INDEX",
        "acme 1:6 3:2 3:4 4:9",
        "answer 3:2 3:4 3:6 3:8 4:10",
        "contract 3:25 4:1 4:2",
        "copy 4:2 4:5 4:6",
        "widget 3:1 3:3 3:25 4:12");
  }

  /** Numbered lines as a reporter types them: " 3 text", numbers right-aligned in 3 columns. */
  static String numbered(int n, String text) {
    return text.isEmpty() ? String.format("%3d", n) : String.format("%3d  %s", n, text);
  }
}
