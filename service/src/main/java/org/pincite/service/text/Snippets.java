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
}
