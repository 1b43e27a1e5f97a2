package org.pincite.service.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Unix mbox file into its messages, so that each one is ingested as its own email.
 *
 * <p>A message starts at a {@code From } envelope line at the start of the file (blank lines before
 * it are ignored) or after a blank line. To avoid cutting a message at a body line such as "From
 * the minutes of..." that an mboxo writer left unescaped, the envelope line must also be followed
 * by a header field line. The envelope line itself is dropped, as is the blank line that separates
 * messages; {@code >From } lines (mboxo) and {@code >>From } lines (mboxrd) lose one {@code >}.
 * Bytes are kept as they are otherwise (charsets and CRLF/LF untouched).
 */
public final class MailboxSplitter {
  /**
   * An envelope line: "From " then a sender (an address, or "name at host" in pipermail) and
   * usually a date.
   */
  private static final Pattern ENVELOPE = Pattern.compile("From \\S+.*");

  private static final Pattern HEADER_FIELD = Pattern.compile("[!-9;-~]+:.*");
  private static final Pattern DATE_IN_ENVELOPE =
      Pattern.compile(
          "(?i).*\\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\b.*\\d{1,2}:\\d{2}.*");
  private static final Pattern ESCAPED_FROM = Pattern.compile("(?m)^>(>*From )");

  private MailboxSplitter() {}

  /**
   * The messages of {@code mbox}, in file order, each without its envelope line. Text before the
   * first envelope line is returned as a message of its own when it is not blank (so a plain
   * message given by mistake comes back whole). Never null; empty for blank input.
   */
  public static List<byte[]> split(byte[] mbox) {
    // ISO-8859-1 maps every byte to one char and back, so the split is byte-exact whatever the
    // charset.
    String all = new String(mbox, StandardCharsets.ISO_8859_1);
    List<Line> lines = lines(all);
    List<byte[]> messages = new ArrayList<>();
    int messageStart = 0;
    boolean previousBlank = true;
    boolean inMessage = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text(all);
      if (previousBlank && isEnvelope(text) && nextIsHeader(all, lines, i)) {
        if (inMessage || !all.substring(messageStart, line.start()).isBlank()) {
          add(messages, all, messageStart, line.start());
        }
        messageStart = line.end();
        inMessage = true;
      }
      previousBlank = text.isEmpty();
    }
    if (inMessage || !all.substring(messageStart).isBlank()) {
      add(messages, all, messageStart, all.length());
    }
    return messages;
  }

  /**
   * Whether {@code bytes} read as an mbox: after any blank lines, a {@code From } envelope line
   * with a sender and a date (or at least followed by header fields) comes first.
   */
  public static boolean looksLikeMbox(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    List<Line> lines = lines(head);
    int i = 0;
    while (i < lines.size() && lines.get(i).text(head).isBlank()) {
      i++;
    }
    if (i >= lines.size() || !isEnvelope(lines.get(i).text(head))) {
      return false;
    }
    String envelope = lines.get(i).text(head);
    return nextIsHeader(head, lines, i)
        && (envelope.contains("@")
            || envelope.contains(" at ")
            || DATE_IN_ENVELOPE.matcher(envelope).matches());
  }

  private static boolean isEnvelope(String line) {
    return ENVELOPE.matcher(line).matches();
  }

  private static boolean nextIsHeader(String all, List<Line> lines, int i) {
    return i + 1 < lines.size() && HEADER_FIELD.matcher(lines.get(i + 1).text(all)).matches();
  }

  private static void add(List<byte[]> messages, String all, int start, int end) {
    String message = all.substring(start, end);
    // The blank line before the next envelope separates messages; it is not part of this one.
    if (message.endsWith("\r\n\r\n")) {
      message = message.substring(0, message.length() - 2);
    } else if (message.endsWith("\n\n")) {
      message = message.substring(0, message.length() - 1);
    }
    Matcher escaped = ESCAPED_FROM.matcher(message);
    messages.add(escaped.replaceAll("$1").getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A line of the text: [start, contentEnd) without its line break, end after it. */
  private record Line(int start, int contentEnd, int end) {
    String text(String all) {
      return all.substring(start, contentEnd);
    }
  }

  private static List<Line> lines(String all) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < all.length()) {
      int newline = all.indexOf('\n', start);
      int end = newline < 0 ? all.length() : newline + 1;
      int contentEnd = newline < 0 ? all.length() : newline;
      if (contentEnd > start && all.charAt(contentEnd - 1) == '\r') {
        contentEnd--;
      }
      lines.add(new Line(start, contentEnd, end));
      start = end;
    }
    return lines;
  }
}
