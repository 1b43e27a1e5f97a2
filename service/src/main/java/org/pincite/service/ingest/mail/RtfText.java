package org.pincite.service.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.regex.Pattern;
import org.pincite.service.ingest.TextDecoding;

/**
 * RTF to text, crudely, for Outlook messages that have only an RTF body (POI HSMF decompresses it):
 * control words and groups that are not text (font tables, pictures, {\*...} destinations, and in
 * RTF made from HTML the \htmlrtf runs) are left out; \par, \line and the HTML's block tags break
 * lines; \'hh and \\uN give their characters.
 */
final class RtfText {
  private static final Pattern HTML_BREAK =
      Pattern.compile("(?i)\\\\\\*\\\\htmltag\\d*\\s*</?(br|p|div|tr|li|h[1-6]|table)\\b");

  private RtfText() {}

  static String of(String rtf) {
    Charset codePage = TextDecoding.charsetOrNull("windows-1252");
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    int depth = 0;
    int skipBelow = Integer.MAX_VALUE; // depth at which a skipped group started
    boolean htmlRtf = false;
    int unicodeSkip = 1;
    int i = 0;
    while (i < rtf.length()) {
      char c = rtf.charAt(i);
      if (c == '{') {
        depth++;
        i++;
        if (depth < skipBelow && skippedGroup(rtf, i)) {
          skipBelow = depth;
          if (!htmlRtf
              && HTML_BREAK.matcher(rtf.substring(i, Math.min(rtf.length(), i + 40))).lookingAt()) {
            flush(pendingBytes, out, codePage);
            out.append('\n'); // RTF made from HTML keeps the HTML's line breaks only as tags
          }
        }
        continue;
      }
      if (c == '}') {
        if (depth == skipBelow) {
          skipBelow = Integer.MAX_VALUE;
        }
        depth--;
        i++;
        continue;
      }
      boolean skipping = depth >= skipBelow;
      if (c == '\\' && i + 1 < rtf.length()) {
        char next = rtf.charAt(i + 1);
        if (next == '\'' && i + 3 < rtf.length()) {
          if (!skipping && !htmlRtf) {
            try {
              pendingBytes.write(Integer.parseInt(rtf.substring(i + 2, i + 4), 16));
            } catch (NumberFormatException e) {
              // a broken escape: nothing to write
            }
          }
          i += 4;
          continue;
        }
        flush(pendingBytes, out, codePage);
        if (!Character.isLetter(next)) {
          if (!skipping && !htmlRtf && (next == '\\' || next == '{' || next == '}')) {
            out.append(next);
          } else if (!skipping && !htmlRtf && next == '~') {
            out.append(' ');
          }
          i += 2;
          continue;
        }
        int start = i + 1;
        int end = start;
        while (end < rtf.length() && Character.isLetter(rtf.charAt(end))) {
          end++;
        }
        String word = rtf.substring(start, end);
        int paramStart = end;
        if (end < rtf.length() && (rtf.charAt(end) == '-' || Character.isDigit(rtf.charAt(end)))) {
          end++;
          while (end < rtf.length() && Character.isDigit(rtf.charAt(end))) {
            end++;
          }
        }
        String parameter = rtf.substring(paramStart, end);
        if (end < rtf.length() && rtf.charAt(end) == ' ') {
          end++;
        }
        i = end;
        switch (word) {
          case "htmlrtf" -> htmlRtf = !parameter.equals("0");
          case "ansicpg" -> {
            Charset declared = TextDecoding.charsetOrNull("windows-" + parameter);
            codePage = declared != null ? declared : codePage;
          }
          case "uc" -> unicodeSkip = parameter.isEmpty() ? 1 : Integer.parseInt(parameter);
          case "u" -> {
            if (!skipping && !htmlRtf && !parameter.isEmpty()) {
              int code = Integer.parseInt(parameter);
              out.append((char) (code < 0 ? code + 65536 : code));
            }
            i = skipFallback(rtf, i, unicodeSkip);
          }
          case "par", "line", "row" -> {
            if (!skipping && !htmlRtf) {
              out.append('\n');
            }
          }
          case "tab", "cell" -> {
            if (!skipping && !htmlRtf) {
              out.append('\t');
            }
          }
          default -> {
            // formatting: no text
          }
        }
        continue;
      }
      if (c != '\r' && c != '\n' && !skipping && !htmlRtf) {
        flush(pendingBytes, out, codePage);
        out.append(c);
      }
      i++;
    }
    flush(pendingBytes, out, codePage);
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static boolean skippedGroup(String rtf, int afterBrace) {
    String head = rtf.substring(afterBrace, Math.min(rtf.length(), afterBrace + 16));
    return head.startsWith("\\*")
        || head.matches(
            "(?s)\\\\(fonttbl|colortbl|stylesheet|info|pict|listtable|listoverridetable|rsidtbl|xmlnstbl|generator|header|footer|object)\\b.*");
  }

  private static int skipFallback(String rtf, int i, int count) {
    for (int n = 0; n < count && i < rtf.length(); n++) {
      if (rtf.startsWith("\\'", i)) {
        i += 4;
      } else if (rtf.charAt(i) == '\\' || rtf.charAt(i) == '{' || rtf.charAt(i) == '}') {
        break;
      } else {
        i++;
      }
    }
    return i;
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out, Charset codePage) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), codePage));
      bytes.reset();
    }
  }
}
