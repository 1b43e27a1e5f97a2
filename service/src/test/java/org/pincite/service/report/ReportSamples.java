package org.pincite.service.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.ClaimKind;

/**
 * Reports to write in the writer tests and the benchmark: small ones with every kind of entry, and
 * big ones.
 */
public final class ReportSamples {
  public static final String KOREAN_QUOTE = "일론 머스크는 영리 구조를 알고 있었다 — “오픈”은 과학의 공유가 아니다 ¶ 23";
  public static final String FORMULA_QUOTE = "=HYPERLINK(\"http://evil.example\",\"click\")";
  public static final String LONG_QUOTE =
      "In 2019 Defendants formed a for-profit arm in which investors could hold equity and earn returns. "
          .repeat(12)
          .strip();

  private ReportSamples() {}

  static ReportHeader header() {
    return new ReportHeader(
        "Musk v. Altman et al.",
        "Superior Court of California, County of San Francisco",
        "CGC-24-612746",
        "Count",
        "Breach of contract (the Founding Agreement)",
        "Elon Musk",
        Instant.parse("2026-11-29T18:30:00Z"),
        "attorney");
  }

  static PassageEntry entry(
      long id, long doc, Stance stance, String quote, String cite, String note) {
    return new PassageEntry(
        id, doc, stance, quote, cite, note, "paralegal", Instant.parse("2026-03-03T10:00:00Z"));
  }

  /** A count with three elements: evidence on both sides, one side only, and none (two gaps). */
  public static ClaimReport small(boolean withContext) {
    List<ClaimSection> sections =
        List.of(
            new ClaimSection(
                1,
                0,
                ClaimKind.COUNT,
                "Breach of contract (the Founding Agreement)",
                "Defendants broke the Founding Agreement.",
                List.of(
                    entry(
                        11,
                        100,
                        Stance.SUPPORTS,
                        "7. In 2015 Plaintiff, Mr. Altman and Mr. Brockman agreed to create a research laboratory",
                        "Compl. \u00b6 7",
                        "The agreement itself.")),
                List.of(),
                List.of(
                    entry(
                        12,
                        101,
                        Stance.CONTEXT,
                        "OpenAI, Inc. was incorporated in December 2015",
                        "Compl. \u00b6 9",
                        null))),
            new ClaimSection(
                2,
                1,
                ClaimKind.ELEMENT,
                "A contract existed",
                null,
                List.of(
                    entry(
                        13,
                        102,
                        Stance.SUPPORTS,
                        KOREAN_QUOTE,
                        "Email from E. Musk to S. Altman, 1 Feb 2018, 'Fwd: labs', at 1",
                        "한국어 메모"),
                    entry(
                        14,
                        100,
                        Stance.SUPPORTS,
                        LONG_QUOTE,
                        "Compl. \u00b6\u00b6 14\u201315",
                        "Long, wrapped \"quote\".")),
                List.of(
                    entry(
                        15,
                        103,
                        Stance.REFUTES,
                        FORMULA_QUOTE,
                        "Blog post, Ex. 12, at 3\u20134",
                        "-starts with a minus")),
                List.of()),
            new ClaimSection(
                3,
                1,
                ClaimKind.ELEMENT,
                "Plaintiff performed",
                "Musk did his part.",
                List.of(
                    entry(
                        16,
                        100,
                        Stance.SUPPORTS,
                        "Plaintiff contributed about $44 million",
                        "Compl. \u00b6 10",
                        null)),
                List.of(),
                List.of()),
            new ClaimSection(
                4,
                1,
                ClaimKind.ELEMENT,
                "Defendants breached",
                null,
                List.of(),
                List.of(),
                List.of()));
    List<Gap> gaps =
        List.of(
            new Gap(3, "Element: Plaintiff performed", Stance.REFUTES),
            new Gap(4, "Element: Defendants breached", Stance.SUPPORTS),
            new Gap(4, "Element: Defendants breached", Stance.REFUTES));
    List<CitedDocument> index =
        List.of(
            new CitedDocument(
                100,
                "Complaint \u2014 Musk v. Altman et al. (illustrative)",
                null,
                "Complaint",
                LocalDate.of(2024, 2, 29),
                3,
                "a".repeat(64)),
            new CitedDocument(
                102, "Fwd: labs", null, "Email", LocalDate.of(2018, 2, 1), 1, "b".repeat(64)),
            new CitedDocument(103, "Blog post", "Ex. 12", "Article", null, 5, "c".repeat(64)));
    return new ClaimReport(
        header(), withContext, sections, gaps, new ReportCounts(4, 1, 1, 3, 3), index);
  }

  /** One claim with {@code passages} passages spread over its elements, for size and speed. */
  public static ClaimReport large(int passages) {
    List<ClaimSection> sections = new ArrayList<>();
    int elements = 10;
    int id = 0;
    for (int e = 0; e <= elements; e++) {
      List<PassageEntry> supports = new ArrayList<>();
      List<PassageEntry> refutes = new ArrayList<>();
      for (int i = e; i < passages; i += elements + 1) {
        id++;
        String quote =
            "Passage "
                + id
                + ": "
                + LONG_QUOTE.substring(0, 80 + (id * 37) % 600)
                + (id % 7 == 0 ? " " + KOREAN_QUOTE : "");
        (id % 3 == 0 ? refutes : supports)
            .add(
                entry(
                    id,
                    100 + id % 20,
                    id % 3 == 0 ? Stance.REFUTES : Stance.SUPPORTS,
                    quote,
                    "Compl. \u00b6 " + id,
                    id % 2 == 0 ? "Note " + id : null));
      }
      sections.add(
          new ClaimSection(
              e + 1,
              e == 0 ? 0 : 1,
              e == 0 ? ClaimKind.COUNT : ClaimKind.ELEMENT,
              e == 0 ? "Breach of contract" : "Element " + e,
              null,
              supports,
              refutes,
              List.of()));
    }
    List<CitedDocument> index = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      index.add(
          new CitedDocument(
              100 + d,
              "Document " + d,
              "Ex. " + d,
              "Exhibit",
              LocalDate.of(2018, 1, 1 + d),
              10,
              "d".repeat(64)));
    }
    return new ClaimReport(
        header(),
        false,
        sections,
        List.of(),
        new ReportCounts(passages - passages / 3, passages / 3, 0, 20, 0),
        index);
  }

  public static ClaimChart chart() {
    return new ClaimChart(
        header(),
        List.of(
            new ClaimChart.Row(
                1,
                0,
                "Count",
                "Breach of contract (the Founding Agreement)",
                "Elon Musk",
                1,
                0,
                1,
                List.of("Compl."),
                List.of()),
            new ClaimChart.Row(
                2,
                1,
                "Element",
                "A contract existed",
                "Elon Musk",
                2,
                1,
                0,
                List.of("Compl.", "Fwd: labs"),
                List.of("Ex. 12")),
            new ClaimChart.Row(
                3, 1, "Element", "일론 머스크의 기여", "Elon Musk", 0, 0, 0, List.of(), List.of()),
            new ClaimChart.Row(
                4,
                0,
                "Defence",
                "Musk knew of and pushed for a for-profit structure",
                "OpenAI, Inc.",
                0,
                2,
                0,
                List.of(),
                List.of("Compl.", "=cmd"))),
        small(false).index());
  }
}
