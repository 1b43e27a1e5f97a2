package org.pincite.service.loadfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.loadfile.LoadFileProblem.Code;

/**
 * The DAT and OPT codec on load files the tests write themselves (fiction: the parties, names and
 * Bates numbers are made up), with every quirk received volumes have.
 */
class LoadFileCodecTest {
  private static final String FS = "\u0014";
  private static final String Q = "þ";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  /** A DAT line of Concordance's defaults: þvalueþ joined by U+0014, CRLF at the end. */
  private static String line(String... values) {
    return Arrays.stream(values).map(v -> Q + v + Q).reduce((a, b) -> a + FS + b).orElse("")
        + "\r\n";
  }

  private byte[] written(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return Files.readAllBytes(file);
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    byte[] all = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void aDatWrittenReadsBackValueForValueWithEveryQuirkInItsBytes() throws IOException {
    List<String> header = List.of("BEGBATES", "ENDBATES", "TO", "SUBJECT", "BODY", "SHA256");
    List<List<String>> rows =
        List.of(
            List.of(
                "ROE0000001",
                "ROE0000002",
                DatWriter.multi(List.of("Jane Roe <jane@example.test>", "김민수")),
                "Re: the þorn in our side",
                "First line\r\nsecond line\nthird",
                "ab12"),
            Arrays.asList("ROE0000003", "ROE0000003", null, "", "Café — “quoted”", ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatWriter w = new DatWriter(out, header)) {
      for (List<String> r : rows) {
        w.write(r);
      }
    }
    byte[] bytes = written("VOL001.dat", out.toByteArray());

    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String raw = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(raw.startsWith("þBEGBATESþ\u0014þENDBATESþ"), raw);
    assertTrue(raw.contains("the þþorn"), "a þ inside a value is doubled");
    assertTrue(raw.contains("First line®second line®third"), "line breaks are ®");
    assertEquals(3, raw.split("\r\n", -1).length - 1, "three records, each ending in CRLF");
    assertFalse(raw.replace("\r\n", "").contains("\n"), "no bare line feed");

    DatFile dat = DatReader.read(bytes);
    assertEquals(List.of(), dat.problems());
    assertEquals("UTF-8 with BOM", dat.encoding());
    assertEquals(header, dat.header());
    assertEquals(2, dat.records().size());
    DatRecord first = dat.records().get(0);
    assertEquals(2, first.line());
    assertEquals("Re: the þorn in our side", first.value("subject"));
    assertEquals("First line\nsecond line\nthird", first.value("BODY"));
    assertEquals(List.of("Jane Roe <jane@example.test>", "김민수"), first.values("TO"));
    DatRecord second = dat.records().get(1);
    assertEquals("", second.value("TO"));
    assertEquals("Café — “quoted”", second.value("BODY"));
    assertEquals("ROE0000003", second.value("Beg Bates"));
  }

  @Test
  void doubledThornsAndRegisteredSignsInAReceivedFileAreAQuoteAndLineBreaks() throws IOException {
    String text =
        line("BEGDOC", "NOTE")
            + line("ABC0000001", "He wrote þþyesþþ®and left")
            + line("ABC0000002", "þþ");
    DatFile dat = DatReader.read(written("a.dat", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), dat.problems());
    assertEquals("UTF-8", dat.encoding());
    assertEquals("He wrote þyesþ\nand left", dat.records().get(0).value("NOTE"));
    assertEquals("þ", dat.records().get(1).value("NOTE"));
  }

  @Test
  void windows1252WithoutBomIsReadAsWindows1252() throws IOException {
    String text =
        line("BEGDOC", "AUTHOR", "TITLE") + line("ABC0000001", "José Núñez", "“Résumé” – draft");
    DatFile dat = DatReader.read(written("cp1252.dat", text.getBytes(CP1252)));
    assertEquals(List.of(), dat.problems());
    assertEquals("windows-1252", dat.encoding());
    assertEquals("José Núñez", dat.records().get(0).value("AUTHOR"));
    assertEquals("“Résumé” – draft", dat.records().get(0).value("TITLE"));
  }

  @Test
  void utf16WithAByteOrderMarkEitherWayAndWithoutOneIsRead() throws IOException {
    String text = line("BEGDOC", "CUSTODIAN") + line("ABC0000001", "박지훈; Roe, Jane");
    DatFile le =
        DatReader.read(
            written(
                "le.dat",
                withBom(
                    new byte[] {(byte) 0xFF, (byte) 0xFE},
                    text.getBytes(StandardCharsets.UTF_16LE))));
    DatFile be =
        DatReader.read(
            written(
                "be.dat",
                withBom(
                    new byte[] {(byte) 0xFE, (byte) 0xFF},
                    text.getBytes(StandardCharsets.UTF_16BE))));
    DatFile bare = DatReader.read(written("bare.dat", text.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("UTF-16LE with BOM", le.encoding());
    assertEquals("UTF-16BE with BOM", be.encoding());
    assertEquals("UTF-16LE", bare.encoding());
    for (DatFile dat : List.of(le, be, bare)) {
      assertEquals(List.of(), dat.problems());
      assertEquals(List.of("박지훈", "Roe, Jane"), dat.records().get(0).values("CUSTODIAN"));
    }
  }

  @Test
  void aDatWithoutAHeaderRowSaysSoAndKeepsItsFirstLineAsARecord() throws IOException {
    String text =
        line("ABC0000001", "ABC0000002", "01/02/2019") + line("ABC0000003", "ABC0000003", "");
    assertFalse(
        DatReader.read(line("SHA256", "MD5", "TITLE").getBytes(StandardCharsets.UTF_8))
            .headerMissing(),
        "digits in a field name are no Bates number");
    DatFile dat = DatReader.read(written("nohead.dat", text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(dat.headerMissing());
    assertEquals(List.of("FIELD1", "FIELD2", "FIELD3"), dat.header());
    assertEquals(1, dat.problems().size());
    LoadFileProblem p = dat.problems().get(0);
    assertEquals(1, p.line());
    assertEquals(Code.MISSING_HEADER, p.code());
    assertTrue(p.message().contains("ABC0000001"), p.message());
    assertEquals(2, dat.records().size());
    assertEquals("ABC0000001", dat.records().get(0).value("FIELD1"));
  }

  @Test
  void aVendorsOtherDelimitersAreTakenFromTheHeader() throws IOException {
    String pipes = "^BEGDOC^|^TITLE^\r\n^XYZ000001^|^A ^^caret^^ | and a pipe^\r\n";
    DatFile caret = DatReader.read(written("pipes.dat", pipes.getBytes(StandardCharsets.UTF_8)));
    assertEquals('|', caret.delimiters().field());
    assertEquals('^', caret.delimiters().quote());
    assertEquals(List.of(), caret.problems());
    assertEquals("A ^caret^ | and a pipe", caret.records().get(0).value("TITLE"));

    String csv = "\"BEGDOC\",\"TITLE\"\r\n\"XYZ000002\",\"Smith, \"\"Jr.\"\"\"\r\n";
    DatFile comma = DatReader.read(written("csv.dat", csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals(',', comma.delimiters().field());
    assertEquals("Smith, \"Jr.\"", comma.records().get(0).value("TITLE"));

    String tabs = "BEGDOC\tTITLE\nXYZ000003\tPlain\n";
    DatFile tab = DatReader.read(written("tabs.dat", tabs.getBytes(StandardCharsets.UTF_8)));
    assertEquals('\t', tab.delimiters().field());
    assertFalse(tab.delimiters().quoted());
    assertEquals("Plain", tab.records().get(0).value("TITLE"));
  }

  @Test
  void recordsWhoseFieldCountDiffersAreReportedAtTheLineTheyStartOn() throws IOException {
    String text =
        line("BEGDOC", "ENDDOC", "NOTE")
            + line("ABC0000001", "ABC0000001", "a raw\r\nline break inside quotes")
            + line("ABC0000002", "ABC0000002")
            + line("ABC0000003", "ABC0000003", "x", "extra");
    DatFile dat = DatReader.read(written("counts.dat", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, dat.records().size());
    assertEquals("a raw\r\nline break inside quotes", dat.records().get(0).value("NOTE"));
    assertEquals(List.of(4, 5), dat.problems().stream().map(LoadFileProblem::line).toList());
    assertTrue(dat.problems().stream().allMatch(p -> p.code() == Code.FIELD_COUNT));
    assertTrue(dat.problems().get(0).message().contains("2 fields; the header has 3"));
    assertEquals(null, dat.records().get(1).value("NOTE"), "a short record keeps what it has");
  }

  @Test
  void bytesNoEncodingDecodesAreReportedByLineAndTheRestIsKept() throws IOException {
    // 0x81 and 0x9D are undefined in Windows-1252 and invalid in UTF-8.
    byte[] head = line("BEGDOC", "TITLE").getBytes(CP1252);
    byte[] good = line("ABC0000001", "Fine").getBytes(CP1252);
    byte[] bad = line("ABC0000002", "Bad X byte").getBytes(CP1252);
    bad[bad.length - 9] = (byte) 0x81;
    byte[] all = new byte[head.length + good.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(good, 0, all, head.length, good.length);
    System.arraycopy(bad, 0, all, head.length + good.length, bad.length);
    DatFile dat = DatReader.read(written("bad.dat", all));
    assertEquals("windows-1252", dat.encoding());
    assertEquals(1, dat.problems().size(), dat.problems().toString());
    assertEquals(3, dat.problems().get(0).line());
    assertEquals(Code.UNDECODABLE, dat.problems().get(0).code());
    assertEquals(2, dat.records().size());
    assertEquals("Fine", dat.records().get(0).value("TITLE"));
  }

  @Test
  void anUnclosedQuoteAndAnEmptyFileAreReportedNotThrown() throws IOException {
    DatFile open =
        DatReader.read(
            written(
                "open.dat", (line("BEGDOC") + "þABC0000001\r\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(Code.UNCLOSED_QUOTE, open.problems().get(0).code());
    assertEquals(2, open.problems().get(0).line());
    DatFile empty =
        DatReader.read(written("empty.dat", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    assertEquals(Code.EMPTY_FILE, empty.problems().get(0).code());
  }

  @Test
  void anOptWrittenReadsBackWithItsBreaksCountsAndBackslashPaths() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OptWriter w = new OptWriter(out)) {
      w.write(
          OptLine.firstPage(
              "ROE0000001", "VOL001", VolumePath.toLoadFile("IMAGES/001/ROE0000001.tif"), 2));
      w.write(
          OptLine.nextPage(
              "ROE0000002", "VOL001", VolumePath.toLoadFile("IMAGES/001/ROE0000002.tif")));
      w.write(
          OptLine.firstPage(
              "ROE0000003", "VOL001", VolumePath.toLoadFile("IMAGES/001/ROE0000003.tif"), 1));
    }
    byte[] bytes = written("VOL001.opt", out.toByteArray());
    String raw = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertEquals(
        "ROE0000001,VOL001,.\\IMAGES\\001\\ROE0000001.tif,Y,,,2\r\n"
            + "ROE0000002,VOL001,.\\IMAGES\\001\\ROE0000002.tif,,,,\r\n"
            + "ROE0000003,VOL001,.\\IMAGES\\001\\ROE0000003.tif,Y,,,1\r\n",
        raw);
    OptFile opt = OptReader.read(bytes);
    assertEquals(List.of(), opt.problems());
    assertEquals(3, opt.lines().size());
    OptLine first = opt.lines().get(0);
    assertTrue(first.documentBreak());
    assertEquals(2, first.pageCount());
    assertEquals(
        List.of("VOL001/IMAGES/001/ROE0000001.tif", "IMAGES/001/ROE0000001.tif"),
        VolumePath.candidates("VOL001/DATA/VOL001.opt", first.path()).subList(1, 3));
    assertFalse(opt.lines().get(1).documentBreak());
    assertEquals(null, opt.lines().get(1).pageCount());
  }

  @Test
  void aReceivedOptInWindows1252WithShortAndBadLinesReportsThemByLine() throws IOException {
    String text =
        "ABC001,VOL1,.\\IMAGES\\Núñez\\ABC001.tif,Y,,,two\r\n"
            + "ABC002,VOL1,.\\IMAGES\\ABC002.tif\r\n"
            + "\r\n"
            + "just words\r\n";
    OptFile opt = OptReader.read(written("vendor.opt", text.getBytes(CP1252)));
    assertEquals("windows-1252", opt.encoding());
    assertEquals(2, opt.lines().size());
    assertEquals(".\\IMAGES\\Núñez\\ABC001.tif", opt.lines().get(0).path());
    assertEquals(List.of(1, 4), opt.problems().stream().map(LoadFileProblem::line).toList());
    assertTrue(opt.problems().stream().allMatch(p -> p.code() == Code.BAD_IMAGE_LINE));
  }

  @Test
  void pathsThatClimbOutOfTheVolumeOrAreAbsoluteResolveToNothing() {
    assertEquals(
        "VOL001/IMAGES/A.tif",
        VolumePath.resolve("VOL001/DATA", "..\\IMAGES\\A.tif").orElseThrow());
    assertTrue(VolumePath.resolve("", "..\\..\\etc\\passwd").isEmpty());
    assertTrue(VolumePath.resolve("VOL001", "C:\\prod\\A.tif").isEmpty());
    assertTrue(VolumePath.resolve("VOL001", "\\\\server\\share\\A.tif").isEmpty());
    assertEquals(".\\NATIVES\\ROE0000004.xlsx", VolumePath.toLoadFile("NATIVES/ROE0000004.xlsx"));
  }
}
