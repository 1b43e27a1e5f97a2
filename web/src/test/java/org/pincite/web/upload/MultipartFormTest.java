package org.pincite.web.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bodies this test writes itself (fiction), read the way the upload endpoint reads them. */
class MultipartFormTest {
  static final String TYPE = "multipart/form-data; boundary=XyZ";
  static final long LIMIT = 1024 * 1024;

  @Test
  void aWholeBodyGivesEveryPartWithItsBytesAsSent() {
    byte[] content = "line one\r\n--not the boundary\r\n\r\n".getBytes(UTF8);
    byte[] body = body(part("file", "filename=\"memo.txt\"", content), field("kind", "EVIDENCE"));
    MultipartForm form = read(body);
    assertArrayEquals(content, form.part("file").orElseThrow().content());
    assertEquals("memo.txt", form.part("file").orElseThrow().fileName());
    assertEquals("EVIDENCE", form.text("kind").orElseThrow());
    assertTrue(form.text("type").isEmpty());
  }

  @Test
  void fileNamesKeepEveryCharacterTheyWereSentWith() {
    for (String name :
        new String[] {
          "O'Brien's memo.txt",
          "Schriftsatz-Müller.pdf",
          "契約書.txt",
          "a; b=c \"d\".txt",
          "<b>x</b>.txt"
        }) {
      String quoted = name.replace("\"", "\\\"");
      MultipartForm form =
          read(body(part("file", "filename=\"" + quoted + "\"", "x".getBytes(UTF8))));
      assertEquals(name, form.part("file").orElseThrow().fileName());
    }
  }

  @Test
  void rfc5987FileNamesAreDecodedAndPreferred() {
    MultipartForm form =
        read(
            body(
                part(
                    "file",
                    "filename=\"O_Brien_s.txt\"; filename*=UTF-8''O%27Brien%27s%20%E5%A5%91.txt",
                    "x".getBytes(UTF8))));
    assertEquals("O'Brien's 契.txt", form.part("file").orElseThrow().fileName());
  }

  @Test
  void aBodyWithoutItsClosingBoundaryIsRefused() {
    byte[] whole = body(part("file", "filename=\"cut.txt\"", "some text".getBytes(UTF8)));
    byte[] open = Arrays.copyOf(whole, whole.length - "--XyZ--\r\n".length());
    MalformedUploadException refused =
        assertThrows(MalformedUploadException.class, () -> read(open));
    assertTrue(refused.getMessage().contains("closing boundary"), refused.getMessage());
  }

  @Test
  void aBodyCutInsideThePartIsRefused() {
    byte[] whole = body(part("file", "filename=\"cut.txt\"", new byte[5000]));
    byte[] cut = Arrays.copyOf(whole, 1024);
    assertThrows(MalformedUploadException.class, () -> read(cut));
  }

  @Test
  void aBodyShorterThanItsContentLengthIsRefusedEvenWhenItLooksWhole() {
    byte[] whole = body(part("file", "filename=\"a.txt\"", "text".getBytes(UTF8)));
    MalformedUploadException refused =
        assertThrows(
            MalformedUploadException.class,
            () ->
                MultipartForm.read(
                    new ByteArrayInputStream(whole), TYPE, whole.length + 500L, LIMIT));
    assertTrue(refused.getMessage().contains("Content-Length"), refused.getMessage());
  }

  @Test
  void aStreamThatFailsMidwayIsRefusedWithHowMuchArrived() {
    byte[] whole = body(part("file", "filename=\"a.txt\"", new byte[20_000]));
    InputStream failing =
        new InputStream() {
          private int at;

          @Override
          public int read() throws IOException {
            if (at == 10_000) {
              throw new IOException("Connection closed: Read failed");
            }
            return whole[at++] & 0xff;
          }
        };
    MalformedUploadException refused =
        assertThrows(
            MalformedUploadException.class,
            () -> MultipartForm.read(failing, TYPE, whole.length, LIMIT));
    assertTrue(
        refused.getMessage().contains("cut short")
            && refused.getMessage().contains("before the " + whole.length + " bytes"),
        refused.getMessage());
  }

  @Test
  void aBodyOverTheLimitIsRefusedAsTooLarge() {
    byte[] whole = body(part("file", "filename=\"big.bin\"", new byte[(int) (3 * LIMIT)]));
    assertThrows(
        UploadTooLargeException.class,
        () -> MultipartForm.read(new ByteArrayInputStream(whole), TYPE, -1, LIMIT));
  }

  @Test
  void aBodyWithoutABoundaryParameterIsRefused() {
    assertThrows(
        MalformedUploadException.class,
        () ->
            MultipartForm.read(
                new ByteArrayInputStream(new byte[0]), "multipart/form-data", 0, LIMIT));
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static MultipartForm read(byte[] body) {
    return MultipartForm.read(new ByteArrayInputStream(body), TYPE, body.length, LIMIT);
  }

  static byte[] part(String name, String fileParameters, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--XyZ\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"; "
                + fileParameters
                + "\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(UTF8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(UTF8));
    return out.toByteArray();
  }

  static byte[] field(String name, String value) {
    return ("--XyZ\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n")
        .getBytes(UTF8);
  }

  static byte[] body(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    out.writeBytes("--XyZ--\r\n".getBytes(UTF8));
    return out.toByteArray();
  }
}
