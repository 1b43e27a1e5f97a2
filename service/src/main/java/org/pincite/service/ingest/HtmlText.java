package org.pincite.service.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML as a reader sees it, for HTML files and HTML mail bodies alike: block elements and {@code
 * <br>} break lines, paragraphs, headings and tables are followed by an empty line, table cells are
 * tab-separated, list items start with "- ", {@code <pre>} keeps its spacing; scripts, styles and
 * the head are left out.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          ("address article aside blockquote body caption center dd details dialog dir div dl dt"
                  + " fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html"
                  + " legend li main menu nav ol p pre section summary table tbody tfoot thead tr ul")
              .split(" "));

  /** Blocks followed by an empty line, as a reader sees them. */
  private static final Set<String> PARAGRAPHS =
      Set.of("blockquote h1 h2 h3 h4 h5 h6 p pre table ol ul dl".split(" "));

  private static final Set<String> DROPPED =
      Set.of("script style head title template noscript object iframe".split(" "));

  private HtmlText() {}

  /** HTML markup as readable text. */
  public static String of(String html) {
    return of(Jsoup.parse(html));
  }

  /** The parsed page as readable text. */
  public static String of(Document page) {
    TextCollector collector = new TextCollector();
    NodeTraversor.traverse(collector, page);
    return collector.text();
  }

  /** Walks the page once, writing text and the line breaks the elements imply. */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private int pre;
    private int dropped;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (DROPPED.contains(tag)) {
          dropped++;
          return;
        }
        if (dropped > 0) {
          return;
        }
        if (tag.equals("pre")) {
          pre++;
        }
        if (tag.equals("br")) {
          out.append('\n');
        } else if (BLOCKS.contains(tag)) {
          lineBreaks(1);
          if (tag.equals("li")) {
            out.append("- ");
          }
        } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
          trimTrailingSpaces();
          out.append('\t');
        } else if (tag.equals("img") && !element.attr("alt").isBlank()) {
          appendWords(" " + element.attr("alt").strip() + " ");
        }
      } else if (node instanceof TextNode textNode && dropped == 0) {
        if (pre > 0) {
          out.append(textNode.getWholeText());
        } else {
          appendWords(textNode.getWholeText());
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (DROPPED.contains(tag)) {
          dropped--;
          return;
        }
        if (dropped > 0) {
          return;
        }
        if (tag.equals("pre")) {
          pre--;
        }
        if (BLOCKS.contains(tag)) {
          lineBreaks(PARAGRAPHS.contains(tag) ? 2 : 1);
        }
      }
    }

    /** Appends text with runs of white space (no-break spaces included) as one space. */
    private void appendWords(String text) {
      String words = text.replaceAll("[\\s\\u00a0\\u200b]+", " ");
      if (words.isEmpty()) {
        return;
      }
      char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
      if (words.charAt(0) == ' ' && (last == ' ' || last == '\n' || last == '\t')) {
        words = words.substring(1);
      }
      out.append(words);
    }

    /** Ends the current line, so that at least {@code count} line breaks end the text so far. */
    private void lineBreaks(int count) {
      trimTrailingSpaces();
      if (out.length() == 0) {
        return;
      }
      int have = 0;
      for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
        have++;
      }
      for (int i = have; i < count; i++) {
        out.append('\n');
      }
    }

    private void trimTrailingSpaces() {
      int end = out.length();
      while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
        end--;
      }
      out.setLength(end);
    }

    String text() {
      String text = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
      return text.strip();
    }
  }
}
