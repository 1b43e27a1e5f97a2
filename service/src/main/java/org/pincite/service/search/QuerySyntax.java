package org.pincite.service.search;

import java.util.ArrayList;
import java.util.List;
import org.pincite.service.error.MalformedQueryException;

/**
 * Reads what a user types into the search box and writes it in Hibernate Search's simple query
 * string syntax. Accepted: words (all must occur), {@code "a phrase"}, {@code prefix*}, the words
 * {@code AND}, {@code OR}, {@code NOT} (upper case) or their signs {@code +}, {@code |}, {@code -},
 * and parentheses. Anything else that the simple syntax would treat as an operator is taken as part
 * of a word, so a stray sign never changes the meaning silently.
 */
public final class QuerySyntax {
  /**
   * The most words and phrases one search may hold. Each is looked for in the four full-text
   * fields, and Lucene refuses a query of more than 1,024 clauses in all (its {@code
   * maxClauseCount}); 200 leaves room for the fields, CJK bigrams and the filters.
   */
  public static final int MAX_TERMS = 200;

  /** The deepest parentheses may nest: the query parser recurses once per level. */
  public static final int MAX_NESTING = 32;

  private QuerySyntax() {}

  private enum Kind {
    TERM,
    AND,
    OR,
    NOT,
    OPEN,
    CLOSE
  }

  private record Token(Kind kind, String text) {}

  /** The query in simple query string syntax; refuses input that cannot be read, saying why. */
  public static String toSimpleQueryString(String input) {
    if (input == null || input.isBlank()) {
      throw new MalformedQueryException("Type at least one word to search for");
    }
    List<Token> tokens = tokens(input.strip());
    check(tokens, input.strip());
    StringBuilder out = new StringBuilder();
    for (Token t : tokens) {
      switch (t.kind()) {
        case TERM -> out.append(t.text()).append(' ');
        case AND -> out.append("+ ");
        case OR -> out.append("| ");
        case NOT -> out.append('-');
        case OPEN -> out.append("( ");
        case CLOSE -> out.append(") ");
      }
    }
    return out.toString().strip();
  }

  /**
   * The words and phrases the user wants found (not the excluded ones), for marking hits in the
   * viewer.
   */
  public static List<String> wantedTerms(String input) {
    List<String> wanted = new ArrayList<>();
    if (input == null || input.isBlank()) {
      return wanted;
    }
    List<Token> tokens;
    try {
      tokens = tokens(input.strip());
    } catch (MalformedQueryException e) {
      return wanted;
    }
    boolean negated = false;
    for (Token t : tokens) {
      if (t.kind() == Kind.NOT) {
        negated = true;
      } else if (t.kind() == Kind.TERM) {
        if (!negated) {
          wanted.add(t.text().replace("\"", "").replaceAll("\\*$", ""));
        }
        negated = false;
      }
    }
    return wanted;
  }

  private static List<Token> tokens(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = s.indexOf('"', i + 1);
        if (end < 0) {
          throw new MalformedQueryException(
              "The quotation mark before \""
                  + abbreviate(s.substring(i + 1))
                  + "\" opens a phrase that is never closed: add a closing \"");
        }
        String phrase = clean(s.substring(i + 1, end)).strip();
        if (!phrase.isEmpty()) {
          tokens.add(new Token(Kind.TERM, '"' + phrase + '"'));
        }
        i = end + 1;
      } else if (c == '(') {
        tokens.add(new Token(Kind.OPEN, "("));
        i++;
      } else if (c == ')') {
        tokens.add(new Token(Kind.CLOSE, ")"));
        i++;
      } else if (c == '+' || c == '|') {
        tokens.add(new Token(c == '+' ? Kind.AND : Kind.OR, String.valueOf(c)));
        i++;
      } else if (c == '-' && (i + 1 < s.length()) && !Character.isWhitespace(s.charAt(i + 1))) {
        tokens.add(new Token(Kind.NOT, "-"));
        i++;
      } else {
        int end = i;
        while (end < s.length()
            && !Character.isWhitespace(s.charAt(end))
            && "\"()".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        String word = s.substring(i, end);
        i = end;
        switch (word) {
          case "AND", "&&" -> tokens.add(new Token(Kind.AND, word));
          case "OR", "||" -> tokens.add(new Token(Kind.OR, word));
          case "NOT" -> tokens.add(new Token(Kind.NOT, word));
          default -> {
            boolean prefix = word.endsWith("*");
            String body =
                clean(prefix ? word.substring(0, word.length() - 1) : word)
                    .replace("*", " ")
                    .strip();
            if (prefix && body.codePointCount(0, body.length()) < 2) {
              throw new MalformedQueryException(
                  "\"" + word + "\": a prefix search needs at least two letters before the *");
            }
            if (!body.isEmpty()) {
              // A word the signs split (for+profit) is searched as its parts, side by side.
              tokens.add(
                  new Token(
                      Kind.TERM,
                      body.contains(" ") ? '"' + body + '"' : body + (prefix ? "*" : "")));
            }
          }
        }
      }
    }
    return tokens;
  }

  /** Signs the simple syntax reads as operators, inside a word or phrase: taken as spaces. */
  private static String clean(String s) {
    return s.replaceAll("[+|\\\\~]", " ");
  }

  private static void check(List<Token> tokens, String input) {
    int depth = 0;
    int terms = 0;
    boolean anyWanted = false;
    Token previous = null;
    boolean negated = false;
    for (Token t : tokens) {
      switch (t.kind()) {
        case OPEN -> {
          depth++;
          if (depth > MAX_NESTING) {
            throw new MalformedQueryException(
                "Parentheses nest more than "
                    + MAX_NESTING
                    + " deep in \""
                    + abbreviate(input)
                    + "\": take some out");
          }
        }
        case CLOSE -> {
          depth--;
          if (depth < 0) {
            throw new MalformedQueryException(
                "A closing parenthesis in \"" + abbreviate(input) + "\" has no opening one");
          }
        }
        case AND, OR -> {
          if (previous == null
              || previous.kind() == Kind.AND
              || previous.kind() == Kind.OR
              || previous.kind() == Kind.NOT
              || previous.kind() == Kind.OPEN) {
            throw new MalformedQueryException(t.text() + " needs a word before it");
          }
        }
        case NOT -> {
          if (previous != null && previous.kind() == Kind.NOT) {
            throw new MalformedQueryException("NOT twice in a row: write it once");
          }
        }
        case TERM -> {
          terms++;
          if (terms > MAX_TERMS) {
            throw tooManyTerms(tokens);
          }
          if (previous == null || previous.kind() != Kind.NOT) {
            anyWanted = true;
          }
        }
      }
      negated = t.kind() == Kind.NOT;
      previous = t;
    }
    if (previous == null) {
      throw new MalformedQueryException(
          "\"" + abbreviate(input) + "\" holds no word to search for");
    }
    if (previous.kind() == Kind.AND || previous.kind() == Kind.OR || negated) {
      throw new MalformedQueryException(
          previous.text() + " at the end of \"" + abbreviate(input) + "\" needs a word after it");
    }
    if (depth > 0) {
      throw new MalformedQueryException(
          "An opening parenthesis in \"" + abbreviate(input) + "\" is never closed: add a )");
    }
    if (!anyWanted) {
      throw new MalformedQueryException(
          "NOT only excludes: add a word that the pages must contain");
    }
  }

  private static MalformedQueryException tooManyTerms(List<Token> tokens) {
    long count = tokens.stream().filter(t -> t.kind() == Kind.TERM).count();
    return new MalformedQueryException(
        "The search holds "
            + count
            + " words and phrases; at most "
            + MAX_TERMS
            + " can be searched at once: keep the words that matter most, or put a passage in"
            + " quotes as one phrase");
  }

  /** Lucene refused the query as too large (its clause limit): the same answer as above. */
  static MalformedQueryException tooLarge() {
    return new MalformedQueryException(
        "The search is too large to run: use fewer words (at most "
            + MAX_TERMS
            + "), or put a passage in quotes as one phrase");
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }
}
