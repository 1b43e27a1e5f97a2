package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Word, HTML and plain-text originals, built here byte by byte. */
class OfficeFormatsTest {
  private final DocxTextExtractor docx = new DocxTextExtractor();
  private final HtmlTextExtractor html = new HtmlTextExtractor();
  private final PlainTextExtractor plain = new PlainTextExtractor();

  @Test
  void docxTextKeepsDocumentOrderKoreanAndTables() throws Exception {
    ExtractionOutcome.Extracted word =
        assertInstanceOf(ExtractionOutcome.Extracted.class, docx.extract(docx()));
    assertEquals(1, word.pages().size());
    assertEquals("Motion to Compel", word.title());
    assertEquals("김변호사", word.author());
    String text = word.pages().get(0);
    assertTrue(text.startsWith("원고는 다음과 같이 신청합니다."), text);
    int table = text.indexOf("증거\t설명");
    int after = text.indexOf("Respectfully submitted.");
    assertTrue(table > 0 && after > table, "the table must sit between the paragraphs: " + text);
    assertTrue(text.contains("갑 제1호증\t계약서"), text);
  }

  @Test
  void corruptAndEncryptedDocxSayWhy() throws Exception {
    byte[] corrupt = new byte[2048];
    new Random(11).nextBytes(corrupt);
    corrupt[0] = 'P';
    corrupt[1] = 'K';
    corrupt[2] = 3;
    corrupt[3] = 4;
    ExtractionOutcome.Failed failed =
        assertInstanceOf(ExtractionOutcome.Failed.class, docx.extract(corrupt));
    assertTrue(failed.reason().startsWith("The Word document could not be read"), failed.reason());
    assertInstanceOf(ExtractionOutcome.Failed.class, docx.extract(new byte[0]));

    ExtractionOutcome.NeedsPassword locked =
        assertInstanceOf(ExtractionOutcome.NeedsPassword.class, docx.extract(encrypted(docx())));
    assertTrue(locked.reason().contains("password"), locked.reason());
  }

  @Test
  void htmlGivesTitleAndTextWithLineBreaks() {
    String page =
        "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Order \u2014 Case 24-1</title>"
            + "<script>var x = '<p>no</p>';</script><style>body{}</style></head><body>"
            + "<h1>ORDER</h1><p>It is so ordered.<br>Signed: Judge Caf\u00e9</p><div>Filed</div></body></html>";
    byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
    ExtractionOutcome.Extracted read =
        assertInstanceOf(ExtractionOutcome.Extracted.class, html.extract(bytes, null));
    assertEquals("Order \u2014 Case 24-1", read.title());
    assertEquals(
        "ORDER\n\nIt is so ordered.\nSigned: Judge Caf\u00e9\n\nFiled", read.pages().get(0));

    // A transport charset beats the page's own, as in browsers; UTF-8 is recognised without either.
    byte[] utf8 = "<p>증거 \u2014 exhibit</p>".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "증거 \u2014 exhibit",
        ((ExtractionOutcome.Extracted) html.extract(utf8, null)).pages().get(0));
    assertEquals(
        "증거 \u2014 exhibit",
        ((ExtractionOutcome.Extracted) html.extract(utf8, "UTF-8")).pages().get(0));
    byte[] eucKr = "<p>증거</p>".getBytes(Charset.forName("EUC-KR"));
    assertEquals(
        "증거", ((ExtractionOutcome.Extracted) html.extract(eucKr, "euc-kr")).pages().get(0));
    assertNull(((ExtractionOutcome.Extracted) html.extract(utf8, null)).title());
  }

  @Test
  void plainTextDetectsUtf8OrWindows1252AndNormalisesLineEnds() {
    byte[] withBom =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "첫 줄\r\nsecond\rthird\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("첫 줄\nsecond\nthird\n", text(plain.extract(withBom)));
    byte[] windows1252 =
        "\u201cCaf\u00e9\u201d \u2013 na\u00efve".getBytes(Charset.forName("windows-1252"));
    assertEquals("\u201cCaf\u00e9\u201d \u2013 na\u00efve", text(plain.extract(windows1252)));
    byte[] utf16 =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "UTF-16 text".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("UTF-16 text", text(plain.extract(utf16)));
    assertInstanceOf(ExtractionOutcome.Failed.class, plain.extract(new byte[] {'a', 0, 'b'}));
    assertInstanceOf(ExtractionOutcome.Failed.class, plain.extract(new byte[0]));
  }

  static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.getProperties().getCoreProperties().setTitle("Motion to Compel");
      document.getProperties().getCoreProperties().setCreator("김변호사");
      document.createParagraph().createRun().setText("원고는 다음과 같이 신청합니다.");
      XWPFTable table = document.createTable(2, 2);
      table.getRow(0).getCell(0).setText("증거");
      table.getRow(0).getCell(1).setText("설명");
      table.getRow(1).getCell(0).setText("갑 제1호증");
      table.getRow(1).getCell(1).setText("계약서");
      document.createParagraph().createRun().setText("Respectfully submitted.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] encrypted(byte[] docx) throws Exception {
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(container)) {
        new ByteArrayInputStream(docx).transferTo(out);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      container.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  private static String text(ExtractionOutcome outcome) {
    return assertInstanceOf(ExtractionOutcome.Extracted.class, outcome).pages().get(0);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
