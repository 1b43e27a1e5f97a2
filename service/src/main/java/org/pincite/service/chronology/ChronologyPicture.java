package org.pincite.service.chronology;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.pincite.domain.annotation.Stance;
import org.pincite.service.text.Snippets;

/**
 * The chronology drawn as an SVG timeline: one axis from the first date to the last, a mark per
 * entry (documents grey squares, passages circles coloured by stance), stacked where dates meet,
 * years labelled. Every text in it is XML-escaped: titles and quotes come from the documents.
 */
public final class ChronologyPicture {
  private static final int WIDTH = 960;
  private static final int MARGIN = 40;
  private static final int AXIS_Y = 60;

  private ChronologyPicture() {}

  public static String svg(Chronology chronology) {
    var entries = chronology.entries();
    if (entries.isEmpty()) {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
          + WIDTH
          + "\" height=\"40\" role=\"img\" aria-label=\"No dated entries\">"
          + "<text x=\"10\" y=\"25\" font-size=\"14\">No dated documents or passages.</text></svg>";
    }
    LocalDate first = entries.get(0).date();
    LocalDate last = entries.get(entries.size() - 1).date();
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    Map<Integer, Integer> stack = new HashMap<>();
    StringBuilder marks = new StringBuilder();
    int maxStack = 0;
    for (ChronologyEntry e : entries) {
      int x =
          MARGIN
              + (int)
                  Math.round(
                      (WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, e.date()) / span);
      int bucket = x / 8;
      int level = stack.merge(bucket, 1, Integer::sum) - 1;
      maxStack = Math.max(maxStack, level);
      int y = AXIS_Y + 14 + level * 12;
      String title =
          escape(
              e.date()
                  + " — "
                  + e.documentTitle()
                  + (e.isPassage() || e.isFact()
                      ? (e.page() == null ? "" : " at " + e.page()) + ": " + abbreviate(e.text())
                      : ""));
      if (e.isFact()) {
        marks
            .append("<polygon points=\"")
            .append(x)
            .append(',')
            .append(y - 6)
            .append(' ')
            .append(x + 6)
            .append(',')
            .append(y)
            .append(' ')
            .append(x)
            .append(',')
            .append(y + 6)
            .append(' ')
            .append(x - 6)
            .append(',')
            .append(y)
            .append("\" fill=\"#b45309\" class=\"pc-tl-fact\"><title>")
            .append(title)
            .append("</title></polygon>");
      } else if (e.isPassage()) {
        marks
            .append("<circle cx=\"")
            .append(x)
            .append("\" cy=\"")
            .append(y)
            .append("\" r=\"5\" fill=\"")
            .append(colour(e.stance()))
            .append("\" class=\"pc-tl-passage\"><title>")
            .append(title)
            .append("</title></circle>");
      } else {
        marks
            .append("<rect x=\"")
            .append(x - 4)
            .append("\" y=\"")
            .append(y - 4)
            .append("\" width=\"8\" height=\"8\" fill=\"#6b7280\" class=\"pc-tl-document\"><title>")
            .append(title)
            .append("</title></rect>");
      }
    }
    StringBuilder axis = new StringBuilder();
    axis.append("<line x1=\"")
        .append(MARGIN)
        .append("\" y1=\"")
        .append(AXIS_Y)
        .append("\" x2=\"")
        .append(WIDTH - MARGIN)
        .append("\" y2=\"")
        .append(AXIS_Y)
        .append("\" stroke=\"#374151\" stroke-width=\"2\"/>");
    for (int year = first.getYear(); year <= last.getYear() + 1; year++) {
      LocalDate jan1 = LocalDate.of(year, 1, 1);
      if (jan1.isBefore(first) || jan1.isAfter(last)) {
        continue;
      }
      int x =
          MARGIN
              + (int)
                  Math.round((WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, jan1) / span);
      axis.append("<line x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(AXIS_Y - 6)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(AXIS_Y + 6)
          .append("\" stroke=\"#374151\"/><text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(AXIS_Y - 12)
          .append("\" font-size=\"12\" text-anchor=\"middle\">")
          .append(year)
          .append("</text>");
    }
    axis.append("<text x=\"")
        .append(MARGIN)
        .append("\" y=\"20\" font-size=\"12\">")
        .append(first)
        .append("</text>");
    axis.append("<text x=\"")
        .append(WIDTH - MARGIN)
        .append("\" y=\"20\" font-size=\"12\" text-anchor=\"end\">")
        .append(last)
        .append("</text>");
    int height = AXIS_Y + 30 + maxStack * 12;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + height
        + "\" width=\"100%\" role=\"img\" aria-label=\"Timeline of "
        + entries.size()
        + " dated entries from "
        + first
        + " to "
        + last
        + "\" class=\"pc-timeline\">"
        + axis
        + marks
        + "</svg>";
  }

  private static String colour(Stance stance) {
    if (stance == null) {
      return "#6b7280";
    }
    return switch (stance) {
      case SUPPORTS -> "#15803d";
      case REFUTES -> "#b91c1c";
      case CONTEXT -> "#1d4ed8";
    };
  }

  private static String abbreviate(String s) {
    String n = s.replaceAll("\\s+", " ").strip();
    return n.length() <= 120 ? n : n.substring(0, 119) + "…";
  }

  static String escape(String s) {
    // Control characters are not allowed in XML 1.0 text.
    return Snippets.escapeHtml(s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
  }
}
