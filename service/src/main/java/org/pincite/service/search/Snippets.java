package org.pincite.service.search;

/**
 * Turns a highlighter fragment into safe HTML. The highlighter marks matches with two
 * private-use characters instead of tags; everything else, which comes from untrusted documents,
 * is escaped, and only then do the marks become {@code <mark>} tags.
 */
public final class Snippets {
  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";

  private Snippets() {}

  public static String safeHtml(String fragment) {
    if (fragment == null) {
      return "";
    }
    String text = fragment.replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder(text.length() + 32);
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\uE000' -> {
          if (!open) {
            out.append("<mark>");
            open = true;
          }
        }
        case '\uE001' -> {
          if (open) {
            out.append("</mark>");
            open = false;
          }
        }
        default -> out.append(c);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }
}
