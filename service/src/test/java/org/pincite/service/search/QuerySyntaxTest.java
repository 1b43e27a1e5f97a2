package org.pincite.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.service.error.MalformedQueryException;

class QuerySyntaxTest {
  @Test
  void theWordsAndOrNotBecomeTheSimpleSyntaxSigns() {
    assertEquals("fiduciary + duty", QuerySyntax.toSimpleQueryString("fiduciary AND duty"));
    assertEquals("tesla | microsoft", QuerySyntax.toSimpleQueryString("tesla OR microsoft"));
    assertEquals("openai -tesla", QuerySyntax.toSimpleQueryString("openai NOT tesla"));
    assertEquals(
        "\"majority equity\" found*",
        QuerySyntax.toSimpleQueryString("\"majority equity\" found*"));
    assertEquals(
        "( tesla | microsoft ) + board",
        QuerySyntax.toSimpleQueryString("(tesla OR microsoft) AND board"));
    assertEquals("openai -tesla", QuerySyntax.toSimpleQueryString("openai -tesla"));
    assertEquals(
        "and or not",
        QuerySyntax.toSimpleQueryString("and or not"),
        "only the upper-case words are operators");
  }

  @Test
  void signsInsideWordsAreNotOperators() {
    assertEquals("c for-profit", QuerySyntax.toSimpleQueryString("c++ for-profit"));
    assertEquals("\"a b\"", QuerySyntax.toSimpleQueryString("a|b"));
    assertEquals("roe wade", QuerySyntax.toSimpleQueryString("roe ~wade"));
  }

  @Test
  void unreadableInputIsRefusedWithTheReason() {
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("\"open"))
            .getMessage()
            .contains("never closed"));
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("a)"))
            .getMessage()
            .contains("no opening"));
    assertTrue(
        assertThrows(
                MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("OR tesla"))
            .getMessage()
            .contains("before"));
    assertTrue(
        assertThrows(
                MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("tesla OR"))
            .getMessage()
            .contains("after"));
    assertTrue(
        assertThrows(
                MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("NOT tesla"))
            .getMessage()
            .contains("excludes"));
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("t*"))
            .getMessage()
            .contains("two letters"));
    assertThrows(MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("   "));
    assertThrows(MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString("\"\""));
  }

  @Test
  void theViewerMarksTheWantedWordsOnly() {
    assertEquals(
        List.of("majority equity", "found", "board"),
        QuerySyntax.wantedTerms("\"majority equity\" found* NOT tesla board -cow"));
  }

  @Test
  void moreWordsThanTheLimitAreRefusedWithTheLimit() {
    String atLimit =
        String.join(" ", java.util.Collections.nCopies(QuerySyntax.MAX_TERMS, "board"));
    assertEquals(QuerySyntax.MAX_TERMS, QuerySyntax.toSimpleQueryString(atLimit).split(" ").length);
    String message =
        assertThrows(
                MalformedQueryException.class,
                () -> QuerySyntax.toSimpleQueryString(atLimit + " tesla"))
            .getMessage();
    assertTrue(message.contains("holds 201 words") && message.contains("at most 200"), message);
    String huge = String.join(" ", java.util.Collections.nCopies(5000, "w"));
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString(huge))
            .getMessage()
            .contains("holds 5000 words"));
  }

  @Test
  void parenthesesNestedTooDeepAreRefusedBeforeTheParserRecurses() {
    String deepest =
        "(".repeat(QuerySyntax.MAX_NESTING) + "a" + ")".repeat(QuerySyntax.MAX_NESTING);
    assertTrue(QuerySyntax.toSimpleQueryString(deepest).contains("a"));
    String tooDeep = "(".repeat(50_000) + "a" + ")".repeat(50_000);
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> QuerySyntax.toSimpleQueryString(tooDeep))
            .getMessage()
            .contains("nest more than 32 deep"));
  }
}
