package org.pincite.service.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.PartyRole;

/** The demo matter's content must be what the pin-cite, claim-chart and email features expect. */
class DemoMatterContentTest {
  /**
   * A numbered paragraph's first line; on pleading paper the margin's line number may come first
   * (as the text is read in the order of the page).
   */
  private static final Pattern PARAGRAPH_START = Pattern.compile("^(?:\\d{1,2} )?(\\d+)\\. \\S");

  /**
   * "Elon Musk knew that a for-profit structure was needed", in Korean (escaped: JDK 17 sources).
   */
  private static final String KOREAN =
      "\uc77c\ub860 \uba38\uc2a4\ud06c\ub294 \uc601\ub9ac \ubc95\uc778 \uad6c\uc870\uac00"
          + " \ud544\uc694\ud558\ub2e4\ub294 \uc810\uc744 \uc54c\uace0 \uc788\uc5c8\ub2e4.";

  @Test
  void theMatterHasItsCaptionCourtDocketAndParties() {
    Matter matter = DemoMatterContent.matter();

    assertEquals("Musk v. Altman et al.", matter.getCaption());
    assertEquals("CGC-24-612746", matter.getDocketNumber());
    assertEquals(List.of("Elon Musk"), namesOf(matter, PartyRole.PLAINTIFF));
    assertTrue(
        namesOf(matter, PartyRole.DEFENDANT)
            .containsAll(List.of("Samuel Altman", "Gregory Brockman", "OpenAI, Inc.")));
  }

  @Test
  void muskAssertsFiveCountsAndOpenAiFourDefencesEachWithChildren() {
    Matter matter = DemoMatterContent.matter();
    List<Claim> claims = DemoMatterContent.claims(matter);

    List<Claim> counts = claims.stream().filter(c -> c.getKind() == ClaimKind.COUNT).toList();
    List<Claim> defences = claims.stream().filter(c -> c.getKind() == ClaimKind.DEFENCE).toList();
    assertEquals(9, claims.size());
    assertEquals(5, counts.size());
    assertEquals(4, defences.size());
    assertTrue(counts.stream().allMatch(c -> c.getAssertedBy().getName().equals("Elon Musk")));
    assertTrue(defences.stream().allMatch(c -> c.getAssertedBy().getName().equals("OpenAI, Inc.")));
    assertTrue(counts.stream().anyMatch(c -> c.getLabel().contains("\u00a7 17200")));
    assertTrue(defences.stream().anyMatch(c -> c.getLabel().contains("for-profit structure")));
    for (Claim claim : claims) {
      assertTrue(claim.getParent().isEmpty(), claim + " is top level");
      assertFalse(claim.getChildren().isEmpty(), claim + " has elements or allegations");
      assertTrue(claim.getChildren().size() <= 4, claim + " has at most four children");
      for (Claim child : claim.getChildren()) {
        assertFalse(child.getKind().isTopLevel());
        assertEquals(claim.getAssertedBy(), child.getAssertedBy());
      }
    }
    assertEquals(
        IntStream.range(0, 9).boxed().toList(), claims.stream().map(Claim::getPosition).toList());
  }

  @Test
  void theComplaintHasTheNoticeAndNumberedParagraphsAtLineStartsOnPleadingPaper()
      throws IOException {
    byte[] pdf = DemoMatterContent.complaintPdf();

    List<Integer> numbers = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // 28 lines a page, 24 points apart (as courts' pleading paper is): about six pages.
      assertTrue(document.getNumberOfPages() >= 5, "pages: " + document.getNumberOfPages());
      assertTrue(document.getNumberOfPages() <= 8, "pages: " + document.getNumberOfPages());
      assertEquals(
          "Complaint \u2014 Musk v. Altman et al. (illustrative)",
          document.getDocumentInformation().getTitle());
      assertEquals("Pincite demo", document.getDocumentInformation().getAuthor());
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        all.append(text);
        text.lines()
            .map(PARAGRAPH_START::matcher)
            .filter(Matcher::find)
            .forEach(m -> numbers.add(Integer.parseInt(m.group(1))));
      }
    }

    String text = all.toString();
    assertTrue(text.contains(DemoMatterContent.COMPLAINT_NOTICE), "the notice is on one line");
    assertTrue(text.contains("CGC-24-612746"));
    assertTrue(text.lines().anyMatch(l -> l.matches("(\\d{1,2} )?1\\. Plaintiff Elon Musk .*")));
    assertTrue(text.lines().anyMatch(l -> l.matches("(\\d{1,2} )?12\\. .*")));
    // Nothing else in the text looks like a paragraph number: they run 1, 2, 3 ... without gaps.
    assertTrue(numbers.size() >= 20, "paragraphs: " + numbers);
    assertEquals(IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers);
  }

  @Test
  void theComplaintIsTheSameOnEveryCall() {
    assertArrayEquals(DemoMatterContent.complaintPdf(), DemoMatterContent.complaintPdf());
  }

  @Test
  void theFourEmailsParseWithHeadersAndTheReconstructionLine() throws IOException {
    List<DemoEmail> emails = DemoMatterContent.emails();
    assertEquals(4, emails.size());

    List<String> bodies = new ArrayList<>();
    for (DemoEmail email : emails) {
      Message message = parse(email.content());
      String name = email.fileName();
      String body = bodyOf(message);
      bodies.add(body);
      assertAll(
          name,
          () -> assertNotNull(message.getFrom(), "From"),
          () -> assertFalse(message.getFrom().isEmpty(), "From"),
          () -> assertNotNull(message.getDate(), "Date"),
          () -> assertNotNull(message.getSubject(), "Subject"),
          () -> assertNotNull(message.getMessageId(), "Message-ID"),
          () -> assertTrue(message.getFrom().get(0).getAddress().endsWith("@example.org")),
          () ->
              assertTrue(
                  body.startsWith(DemoMatterContent.EMAIL_NOTICE), "body starts with the notice"));
    }
    assertTrue(
        emails.stream().anyMatch(e -> parseQuietly(e.content()).getCc() != null),
        "one email has Cc");
    assertTrue(bodies.stream().anyMatch(b -> b.contains("Yup")));
    assertTrue(bodies.stream().anyMatch(b -> b.contains("cash cow")));
    assertTrue(bodies.stream().anyMatch(b -> b.contains("majority equity")));
  }

  @Test
  void koreanTextRoundTrips() throws IOException {
    long withKorean = 0;
    for (DemoEmail email : DemoMatterContent.emails()) {
      if (bodyOf(parse(email.content())).contains(KOREAN)) {
        withKorean++;
      }
    }
    assertEquals(1, withKorean);
  }

  @Test
  void emailContentIsACopy() {
    DemoEmail email = DemoMatterContent.emails().get(0);
    byte[] content = email.content();
    content[0] = 'X';
    assertEquals('F', email.content()[0]);
  }

  private static List<String> namesOf(Matter matter, PartyRole role) {
    return matter.getParties().stream()
        .filter(p -> p.getRole() == role)
        .map(p -> p.getName())
        .toList();
  }

  private static Message parse(byte[] content) throws IOException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    return builder.parseMessage(new ByteArrayInputStream(content));
  }

  private static Message parseQuietly(byte[] content) {
    try {
      return parse(content);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String bodyOf(Message message) throws IOException {
    TextBody body = (TextBody) message.getBody();
    try (Reader reader = body.getReader()) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      for (int n; (n = reader.read(buffer)) != -1; ) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    }
  }
}
