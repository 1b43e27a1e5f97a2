package org.pincite.service.loadfile;

/**
 * The characters a DAT is written with: between fields, around each value (none: {@code 0}), for a
 * line break inside a value and between the values of a multi-value field.
 */
public record DatDelimiters(char field, char quote, char newline, char multiValue) {
  public static final char NO_QUOTE = 0;

  /** Concordance's defaults: U+0014, þ, ® and {@code ;}. */
  public static final DatDelimiters CONCORDANCE = new DatDelimiters('\u0014', 'þ', '®', ';');

  private static final char[] SEPARATORS = {'\u0014', '\t', '|', ',', ';', '¶', '\u0013', '~'};

  public DatDelimiters {
    if (field == quote || field == '\r' || field == '\n' || quote == '\r' || quote == '\n') {
      throw new IllegalArgumentException("A DAT's field separator and quote must differ");
    }
  }

  /**
   * The delimiters the header line {@code header} is written with: the quote is its first character
   * when that is not part of a field name, the separator the character after the first quoted name
   * (else the most frequent of the usual separators); line break and multi-value characters are
   * Concordance's (a separator {@code ;} moves multiple values to {@code ,}).
   */
  public static DatDelimiters detect(String header) {
    if (header == null || header.isEmpty()) {
      return CONCORDANCE;
    }
    char first = header.charAt(0);
    // þ is a letter to Java, and Concordance's quote all the same.
    if (first == CONCORDANCE.quote()
        || (!Character.isLetterOrDigit(first) && !Character.isWhitespace(first) && first != '_')) {
      int close = closingQuote(header, first);
      if (close > 0 && close + 1 < header.length()) {
        return with(header.charAt(close + 1), first);
      }
      if (close == header.length() - 1) {
        return with(CONCORDANCE.field(), first); // one quoted field: separator not shown
      }
    }
    char best = CONCORDANCE.field();
    int bestCount = 0;
    for (char c : SEPARATORS) {
      int count = (int) header.chars().filter(ch -> ch == c).count();
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    return with(best, NO_QUOTE);
  }

  private static DatDelimiters with(char field, char quote) {
    return new DatDelimiters(
        field, quote, CONCORDANCE.newline(), field == ';' ? ',' : CONCORDANCE.multiValue());
  }

  private static int closingQuote(String s, char quote) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether values are wrapped in a quote character. */
  public boolean quoted() {
    return quote != NO_QUOTE;
  }

  /** The delimiters as a person reads them ("U+0014 between fields, þ around values"). */
  public String describe() {
    return name(field)
        + " between fields, "
        + (quoted() ? name(quote) + " around values" : "no quotes")
        + ", "
        + name(newline)
        + " for line breaks, "
        + name(multiValue)
        + " between values";
  }

  private static String name(char c) {
    return c < 0x20 || c == 0x7F
        ? String.format("U+%04X", (int) c)
        : c == '\t' ? "tab" : "'" + c + "'";
  }
}
