package org.pincite.service.received;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.received.VolumeProblem;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.loadfile.DatWriter;
import org.pincite.service.loadfile.OptLine;
import org.pincite.service.loadfile.OptWriter;

/**
 * Each problem a received volume's report names, found on volumes these tests write themselves
 * (fiction: the parties, Bates numbers and texts are made up), each with its load-file line and
 * Bates number, and whether it blocks the commit.
 */
class VolumeCheckTest {
  private static final List<String> HEADER =
      List.of(
          "BEGBATES",
          "ENDBATES",
          "BEGATTACH",
          "ENDATTACH",
          "CUSTODIAN",
          "SUBJECT",
          "DATESENT",
          "CONFIDENTIALITY",
          "TEXTPATH");
  private static final String DAT = "VOL001/DATA/VOL001.dat";

  /** A volume: its DAT rows (values in HEADER's order) and the files beside it. */
  private static final class Volume {
    final List<String> header;
    final List<List<String>> rows = new ArrayList<>();
    final Map<String, byte[]> files = new LinkedHashMap<>();

    Volume(List<String> header) {
      this.header = header;
    }

    Volume row(String... values) {
      rows.add(Arrays.asList(values));
      return this;
    }

    Volume text(String bates, String text) {
      files.put("VOL001/TEXT/" + bates + ".txt", text.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Volume file(String path, byte[] content) {
      files.put(path, content);
      return this;
    }

    Map<String, byte[]> build() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DatWriter dat = new DatWriter(out, header)) {
        for (List<String> row : rows) {
          dat.write(row);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, byte[]> all = new LinkedHashMap<>();
      all.put(DAT, out.toByteArray());
      all.putAll(files);
      return all;
    }
  }

  private static String txt(String bates) {
    return ".\\TEXT\\" + bates + ".txt";
  }

  /** An email and its attachment, and a memo: a clean volume. */
  private static Volume clean() {
    return new Volume(HEADER)
        .row(
            "ROE0000001",
            "ROE0000002",
            "ROE0000001",
            "ROE0000003",
            "Jane Roe",
            "Widgets",
            "02/01/2018 10:15 AM",
            "CONFIDENTIAL",
            txt("ROE0000001"))
        .row(
            "ROE0000003",
            "ROE0000003",
            "ROE0000001",
            "ROE0000003",
            "Jane Roe",
            "",
            "",
            "",
            txt("ROE0000003"))
        .row(
            "ROE0000004",
            "ROE0000004",
            "",
            "",
            "John Doe",
            "Memo",
            "2018-02-03",
            "",
            txt("ROE0000004"))
        .text("ROE0000001", "Dear John,\fpage two")
        .text("ROE0000003", "Attachment")
        .text("ROE0000004", "Memo text");
  }

  private static List<String> codes(VolumeCheck.Result r) {
    return r.problems().stream().map(VolumeProblem::getCode).toList();
  }

  private static VolumeProblem only(VolumeCheck.Result r, String code) {
    List<VolumeProblem> found =
        r.problems().stream().filter(p -> p.getCode().equals(code)).toList();
    assertEquals(1, found.size(), code + " in " + describe(r));
    return found.get(0);
  }

  private static String describe(VolumeCheck.Result r) {
    return r.problems().stream()
        .map(p -> p.getLine() + " " + p.getCode() + " " + p.getBates() + ": " + p.getMessage())
        .toList()
        .toString();
  }

  @Test
  void aCleanVolumeHasNoProblemsAndItsFamilyParentsComeFirst() {
    VolumeCheck.Result r = VolumeCheck.check(clean().build(), null, VolumeCheck.HeldNumbers.NONE);
    assertEquals(List.of(), codes(r), describe(r));
    assertEquals("VOL001", r.volumeName());
    assertEquals("UTF-8 with BOM", r.encoding());
    assertEquals(3, r.records());
    PlannedDocument email = r.documents().get(0);
    PlannedDocument attachment = r.documents().get(1);
    assertEquals("ROE0000001–02", email.range().cite());
    assertNull(email.parent());
    assertEquals("ROE0000001", attachment.parent().format());
    assertEquals(Confidentiality.CONFIDENTIAL, email.confidentiality());
    assertEquals("2018-02-01T10:15Z", email.sent().toString());
    assertEquals("VOL001/TEXT/ROE0000001.txt", email.textPath());
    assertEquals(2, email.line(), "the header is line 1");
    assertEquals("Jane Roe", email.custodian());
  }

  @Test
  void aRecordWhoseFieldCountDiffersFromTheHeaderBlocksWithItsLine() {
    Map<String, byte[]> files = clean().build();
    String dat = new String(files.get(DAT), StandardCharsets.UTF_8);
    // The third record loses its last two fields.
    String cut =
        dat.replace(
            "\u0014\u00feMemo\u00fe\u0014\u00fe2018-02-03\u00fe\u0014\u00fe\u00fe"
                + "\u0014\u00fe.\\TEXT\\ROE0000004.txt\u00fe",
            "\u0014\u00feMemo\u00fe");
    assertFalse(cut.equals(dat), "the test changed the DAT");
    files.put(DAT, cut.getBytes(StandardCharsets.UTF_8));
    VolumeCheck.Result r = VolumeCheck.check(files, null, VolumeCheck.HeldNumbers.NONE);
    VolumeProblem p = only(r, "FIELD_COUNT");
    assertEquals(4, p.getLine());
    assertEquals("ROE0000004", p.getBates());
    assertTrue(p.isBlocking());
    assertTrue(r.blocked());
  }

  @Test
  void aParentThatIsNotInTheVolumeIsReportedAndTheDocumentStandsAlone() {
    Volume v =
        clean()
            .row(
                "ROE0000005",
                "ROE0000005",
                "ROE0000099",
                "ROE0000100",
                "",
                "",
                "",
                "",
                txt("ROE0000005"))
            .text("ROE0000005", "orphan");
    VolumeCheck.Result r = VolumeCheck.check(v.build(), null, VolumeCheck.HeldNumbers.NONE);
    VolumeProblem p = only(r, "MISSING_PARENT");
    assertEquals(5, p.getLine());
    assertEquals("ROE0000005", p.getBates());
    assertFalse(p.isBlocking());
    assertNull(r.documents().get(3).parent());
  }

  @Test
  void aParentBatesFieldBuildsFamiliesDeeperThanBegAttach() {
    Volume v =
        new Volume(List.of("BEGBATES", "ENDBATES", "PARENT_BATES", "TEXTPATH"))
            .row("ROE0000003", "ROE0000003", "ROE0000002", txt("ROE0000003"))
            .row("ROE0000002", "ROE0000002", "ROE0000001", txt("ROE0000002"))
            .row("ROE0000001", "ROE0000001", "", txt("ROE0000001"))
            .text("ROE0000001", "a")
            .text("ROE0000002", "b")
            .text("ROE0000003", "c");
    VolumeCheck.Result r = VolumeCheck.check(v.build(), null, VolumeCheck.HeldNumbers.NONE);
    assertEquals(List.of(), codes(r), describe(r));
    assertEquals(
        List.of("ROE0000001", "ROE0000002", "ROE0000003"),
        r.documents().stream().map(d -> d.begin().format()).toList(),
        "each parent before its attachments");
  }

  @Test
  void filesNamedButMissingAndFilesNothingNamesAreBothListed() {
    Volume v = clean().file("VOL001/NATIVES/stray.xlsx", new byte[] {1, 2});
    Map<String, byte[]> files = v.build();
    files.remove("VOL001/TEXT/ROE0000004.txt");
    files.put(
        "VOL001/DATA/VOL001.opt",
        opt(
            new OptLine(
                1, "ROE0000004", "VOL001", ".\\IMAGES\\ROE0000004.tif", true, false, false, 1)));
    VolumeCheck.Result r = VolumeCheck.check(files, null, VolumeCheck.HeldNumbers.NONE);
    List<VolumeProblem> missing =
        r.problems().stream().filter(p -> p.getCode().equals("MISSING_FILE")).toList();
    assertEquals(2, missing.size(), describe(r));
    VolumeProblem text =
        missing.stream()
            .filter(p -> p.getMessage().startsWith("TEXTPATH"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, text.getLine(), "the DAT's line");
    assertTrue(text.getMessage().contains("TEXTPATH names '.\\TEXT\\ROE0000004.txt'"));
    assertTrue(
        missing.stream()
            .anyMatch(p -> p.getMessage().startsWith("VOL001.opt line 1 names the image")),
        describe(r));
    VolumeProblem unnamed = only(r, "UNNAMED_FILE");
    assertEquals(0, unnamed.getLine());
    assertTrue(unnamed.getMessage().contains("'VOL001/NATIVES/stray.xlsx'"));
    VolumeProblem nothing = only(r, "NO_CONTENT");
    assertEquals("ROE0000004", nothing.getBates());
    assertTrue(nothing.isBlocking());
  }

  private static byte[] opt(OptLine... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OptWriter w = new OptWriter(out)) {
      for (OptLine l : lines) {
        w.write(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void pageImagesAreLinkedByTheOptAndAnImageOfNoRecordIsReported() {
    Map<String, byte[]> files = clean().build();
    files.put("VOL001/IMAGES/ROE0000001.tif", new byte[] {1});
    files.put("VOL001/IMAGES/ROE0000002.tif", new byte[] {2});
    files.put("VOL001/IMAGES/ROE0000003.tif", new byte[] {3});
    files.put("VOL001/IMAGES/ROE0000004.tif", new byte[] {4});
    files.put("VOL001/IMAGES/ROE0000050.tif", new byte[] {5});
    files.put(
        "VOL001/DATA/VOL001.opt",
        opt(
            OptLine.firstPage("ROE0000001", "VOL001", ".\\IMAGES\\ROE0000001.tif", 2),
            OptLine.nextPage("ROE0000002", "VOL001", ".\\IMAGES\\ROE0000002.tif"),
            OptLine.firstPage("ROE0000003", "VOL001", ".\\IMAGES\\ROE0000003.tif", 1),
            OptLine.firstPage("ROE0000004", "VOL001", ".\\IMAGES\\ROE0000004.tif", 1),
            OptLine.firstPage("ROE0000050", "VOL001", ".\\IMAGES\\ROE0000050.tif", 1)));
    VolumeCheck.Result r = VolumeCheck.check(files, null, VolumeCheck.HeldNumbers.NONE);
    assertEquals(
        List.of("VOL001/IMAGES/ROE0000001.tif", "VOL001/IMAGES/ROE0000002.tif"),
        r.documents().get(0).imagePaths());
    VolumeProblem stray = only(r, "IMAGE_WITHOUT_RECORD");
    assertEquals(5, stray.getLine(), "the OPT's line");
    assertEquals(List.of("IMAGE_WITHOUT_RECORD"), codes(r), "the stray image is named by the OPT");
  }

  @Test
  void gapsAndOverlapsInTheNumberingAndNumbersTheMatterHoldsAreFound() {
    Volume v =
        new Volume(List.of("Beg Bates", "End Bates", "TEXTPATH"))
            .row("ROE0000001", "ROE0000003", txt("ROE0000001"))
            .row("ROE0000003", "ROE0000004", txt("ROE0000003"))
            .row("ROE0000010", "ROE0000010", txt("ROE0000010"))
            .text("ROE0000001", "a")
            .text("ROE0000003", "b")
            .text("ROE0000010", "c");
    VolumeCheck.Result r =
        VolumeCheck.check(
            v.build(),
            null,
            range ->
                range.begin().counter() == 10
                    ? Optional.of("document 7 'Old letter' (ROE0000009–10)")
                    : Optional.empty());
    VolumeProblem overlap = only(r, "BATES_OVERLAP");
    assertEquals(3, overlap.getLine());
    assertTrue(overlap.isBlocking());
    VolumeProblem gap = only(r, "BATES_GAP");
    assertEquals(4, gap.getLine());
    assertEquals(
        "5 Bates numbers are missing between ROE0000004 (line 3) and ROE0000010", gap.getMessage());
    assertFalse(gap.isBlocking());
    VolumeProblem taken = only(r, "BATES_TAKEN");
    assertEquals("ROE0000010", taken.getBates());
    assertTrue(taken.getMessage().contains("document 7 'Old letter'"));
    assertTrue(taken.isBlocking());
  }

  @Test
  void aBatesNumberThatBeginsTwoRecordsIsADuplicateAndBadNumbersAreRefused() {
    Volume v =
        new Volume(List.of("BegDoc", "EndDoc", "TEXTPATH"))
            .row("ROE0000001", "ROE0000001", txt("ROE0000001"))
            .row("ROE000001", "ROE000001", txt("ROE0000001"))
            .row("ROE0000009", "XYZ0000010", txt("ROE0000001"))
            .row("", "", "")
            .text("ROE0000001", "a");
    VolumeCheck.Result r = VolumeCheck.check(v.build(), null, VolumeCheck.HeldNumbers.NONE);
    VolumeProblem duplicate = only(r, "DUPLICATE_BATES");
    assertEquals(3, duplicate.getLine());
    assertTrue(duplicate.getMessage().contains("lines 2 and 3"), duplicate.getMessage());
    List<VolumeProblem> bad =
        r.problems().stream().filter(p -> p.getCode().equals("BAD_BATES")).toList();
    assertEquals(List.of(4, 5), bad.stream().map(VolumeProblem::getLine).toList(), describe(r));
    assertTrue(r.blocked());
  }

  @Test
  void datesThatDoNotParseAndUnknownDesignationsAreWarnings() {
    Volume v =
        new Volume(HEADER)
            .row(
                "ROE0000001",
                "ROE0000001",
                "",
                "",
                "",
                "",
                "31/31/2018",
                "SECRET-ISH",
                txt("ROE0000001"))
            .text("ROE0000001", "a");
    VolumeCheck.Result r = VolumeCheck.check(v.build(), null, VolumeCheck.HeldNumbers.NONE);
    VolumeProblem date = only(r, "BAD_DATE");
    assertEquals(2, date.getLine());
    assertTrue(date.getMessage().contains("'31/31/2018' is not a date"), date.getMessage());
    assertFalse(date.isBlocking());
    assertFalse(only(r, "BAD_CONFIDENTIALITY").isBlocking());
    assertNull(r.documents().get(0).sent());
    assertFalse(r.blocked());
  }

  @Test
  void bytesTheEncodingCannotDecodeAreReportedByLine() {
    // windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined.
    String header = "BEGBATES\u0014ENDBATES\u0014SUBJECT\u0014TEXTPATH\r\n";
    String row =
        "ROE0000001\u0014ROE0000001\u0014Caf\u00e9 \u0081\u0014" + txt("ROE0000001") + "\r\n";
    byte[] dat = (header + row).getBytes(Charset.forName("ISO-8859-1"));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(DAT, dat);
    files.put("VOL001/TEXT/ROE0000001.txt", "a".getBytes(StandardCharsets.UTF_8));
    VolumeCheck.Result r = VolumeCheck.check(files, null, VolumeCheck.HeldNumbers.NONE);
    VolumeProblem p = only(r, "UNDECODABLE");
    assertEquals(2, p.getLine(), describe(r));
    assertFalse(p.isBlocking());
    assertEquals("Café \uFFFD", r.documents().get(0).subject());
  }

  @Test
  void theMappingGuessesVendorNamesAndTakesTheTeamsEdits() {
    Volume v =
        new Volume(List.of("Bates Begin", "Bates End", "Custodian Name", "Notes", "Text Link"))
            .row("ROE0000001", "ROE0000001", "Jane Roe", "Smith", txt("ROE0000001"))
            .text("ROE0000001", "a");
    VolumeCheck.Result guessed = VolumeCheck.check(v.build(), null, VolumeCheck.HeldNumbers.NONE);
    assertEquals(List.of(), codes(guessed), describe(guessed));
    assertEquals(
        Arrays.asList("BEGBATES", "ENDBATES", "CUSTODIAN", null, "TEXTPATH"),
        guessed.mapping().stream().map(m -> m.getOurField()).toList());
    VolumeCheck.Result edited =
        VolumeCheck.check(
            v.build(),
            Map.of("Custodian Name", "", "Notes", "custodian"),
            VolumeCheck.HeldNumbers.NONE);
    assertEquals("Smith", edited.documents().get(0).custodian());

    VolumeCheck.Result noBates =
        VolumeCheck.check(v.build(), Map.of("Bates Begin", ""), VolumeCheck.HeldNumbers.NONE);
    assertTrue(only(noBates, "NO_BATES_FIELD").isBlocking());
    DomainRuleViolation unknown =
        assertThrows(
            DomainRuleViolation.class,
            () ->
                VolumeCheck.check(
                    v.build(), Map.of("Notes", "WITNESS"), VolumeCheck.HeldNumbers.NONE));
    assertTrue(
        unknown.getMessage().startsWith("'WITNESS' (for 'Notes') is not a field Pincite reads"));
    assertThrows(
        DomainRuleViolation.class,
        () -> VolumeCheck.check(v.build(), Map.of("Nope", "TO"), VolumeCheck.HeldNumbers.NONE));
    assertThrows(
        DomainRuleViolation.class,
        () ->
            VolumeCheck.check(
                v.build(), Map.of("Notes", "CUSTODIAN"), VolumeCheck.HeldNumbers.NONE),
        "two columns mapped to one field");
  }

  @Test
  void aVolumeWithoutALoadFileOrWithAHeaderlessDatSaysSo() {
    VolumeCheck.Result none =
        VolumeCheck.check(
            Map.of("VOL001/TEXT/a.txt", new byte[] {1}), null, VolumeCheck.HeldNumbers.NONE);
    assertEquals(List.of("NO_LOAD_FILE"), codes(none));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        DAT,
        ("\u00feROE0000001\u00fe\u0014\u00fe" + txt("ROE0000001") + "\u00fe\r\n")
            .getBytes(StandardCharsets.UTF_8));
    files.put("VOL001/TEXT/ROE0000001.txt", new byte[] {'a'});
    VolumeCheck.Result headerless = VolumeCheck.check(files, null, VolumeCheck.HeldNumbers.NONE);
    assertEquals(
        List.of("UNNAMED_FILE", "MISSING_HEADER", "NO_BATES_FIELD"),
        codes(headerless),
        describe(headerless));
    VolumeCheck.Result mapped =
        VolumeCheck.check(
            files,
            Map.of("FIELD1", "BEGBATES", "FIELD2", "TEXTPATH"),
            VolumeCheck.HeldNumbers.NONE);
    assertEquals(List.of("MISSING_HEADER"), codes(mapped), describe(mapped));
    assertFalse(mapped.blocked());
  }

  @Test
  void pageTextsFollowFormFeedsElseAllOnPageOne() {
    assertEquals(List.of("one", "two", ""), PageTexts.split("one\ftwo", 3));
    assertEquals(
        List.of("one", "two"),
        PageTexts.split("one\r\n\ftwo\f", 2).stream().map(String::strip).toList());
    assertEquals(List.of("one", "two\nthree"), PageTexts.split("one\ftwo\fthree", 2));
    assertEquals(List.of("all of it\nhere", ""), PageTexts.split("all of it\r\nhere", 2));
  }

  @Test
  void datesReadInTheFormsLoadFilesUse() {
    assertEquals("2018-02-01T00:00Z", LoadFileDates.parse("20180201").toString());
    assertEquals("2018-02-01T13:05Z", LoadFileDates.parse("2/1/2018 1:05 PM").toString());
    assertEquals("2018-02-01T10:15Z", LoadFileDates.parse("2018-02-01T10:15:00Z").toString());
    assertEquals(
        "2018-02-01T10:15+01:00", LoadFileDates.parse("2018-02-01T10:15+01:00").toString());
    assertNull(LoadFileDates.parse(" "));
    assertThrows(java.time.DateTimeException.class, () -> LoadFileDates.parse("02/30/2018"));
  }
}
