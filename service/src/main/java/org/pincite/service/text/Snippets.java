package org.pincite.service.text;

/**
 * Turns a highlighter fragment into safe HTML. The highlighter marks matches with two private-use
 * characters instead of tags; everything else, which comes from untrusted documents, is escaped,
 * and only then do the marks become {@code <mark>} tags.
 */
public final class Snippets {
  public static final String OPEN = "\uE000";
  public static final String CLOSE = "\uE001";

  private Snippets() {}

  /** {@code text} with the five characters that HTML and XML treat specially escaped. */
  public static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      appendEscaped(out, text.charAt(i));
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }

  /**
   * A highlighter fragment as HTML: white space folded, the text escaped, the matches in balanced
   * {@code <mark>} tags.
   */
  public static String safeHtml(String fragment) {
    if (fragment == null) {
      return "";
    }
    String text = fragment.replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder(text.length() + 32);
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uE000') {
        if (!open) {
          out.append("<mark>");
          open = true;
        }
      } else if (c == '\uE001') {
        if (open) {
          out.append("</mark>");
          open = false;
        }
      } else {
        appendEscaped(out, c);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  /**
   * Where the first match of a snippet ({@link #safeHtml}) lies in {@code text}, the page it was
   * cut from: {@code {start, end}} offsets of the marked words, or null when the snippet has no
   * match or cannot be found in the text. The snippet's folded white space matches any white space
   * of the text, and the words before the match pick the right one of several.
   */
  public static int[] firstMatchIn(String snippetHtml, String text) {
    if (snippetHtml == null || text == null) {
      return null;
    }
    int open = snippetHtml.indexOf("<mark>");
    int close = open < 0 ? -1 : snippetHtml.indexOf("</mark>", open);
    if (close < 0) {
      return null;
    }
    String before = unescapeHtml(snippetHtml.substring(0, open));
    String marked = unescapeHtml(snippetHtml.substring(open + 6, close));
    if (marked.isBlank()) {
      return null;
    }
    String lead = before.length() > 40 ? before.substring(before.length() - 40) : before;
    for (String context : new String[] {lead, ""}) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  folded(context) + "(" + folded(marked.strip()) + ")",
                  java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.CASE_INSENSITIVE)
              .matcher(text);
      if (m.find()) {
        return new int[] {m.start(1), m.end(1)};
      }
    }
    return null;
  }

  /** {@code words} as a pattern whose white space matches any run of white space. */
  private static String folded(String words) {
    StringBuilder p = new StringBuilder();
    String[] parts = words.split("\\s+", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        p.append("\\s+");
      }
      if (!parts[i].isEmpty()) {
        p.append(java.util.regex.Pattern.quote(parts[i]));
      }
    }
    return p.toString();
  }

  private static String unescapeHtml(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
