package org.pincite.service.ingest.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.service.ingest.FileNames;

/**
 * Uuencoded attachments (Content-Transfer-Encoding x-uuencode, which mime4j passes through
 * undecoded): their data, and the file name their "begin" line gives.
 */
final class Uudecode {
  private static final Pattern BEGIN = Pattern.compile("(?m)^begin [0-7]{3,4} (.+?)\\r?$");

  private Uudecode() {}

  /** The file name on the "begin" line, made safe; null when there is none. */
  static String fileName(byte[] encoded) {
    Matcher begin = BEGIN.matcher(new String(encoded, StandardCharsets.ISO_8859_1));
    return begin.find() ? FileNames.leafName(begin.group(1)) : null;
  }

  /** The data of a uuencoded body; the bytes as they are when there is no "begin" line. */
  static byte[] decode(byte[] encoded) {
    String text = new String(encoded, StandardCharsets.ISO_8859_1);
    Matcher begin = BEGIN.matcher(text);
    if (!begin.find()) {
      return encoded;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length * 3 / 4);
    for (String line : text.substring(begin.end()).split("\\r?\\n")) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("end") || line.charAt(0) == '`' && line.length() == 1) {
        break;
      }
      int length = (line.charAt(0) - 32) & 0x3f;
      int produced = 0;
      for (int i = 1; produced < length; i += 4) {
        int[] c = new int[4];
        for (int k = 0; k < 4; k++) {
          c[k] = i + k < line.length() ? (line.charAt(i + k) - 32) & 0x3f : 0;
        }
        int[] b = {
          (c[0] << 2) | (c[1] >> 4), ((c[1] & 0xf) << 4) | (c[2] >> 2), ((c[2] & 0x3) << 6) | c[3]
        };
        for (int k = 0; k < 3 && produced < length; k++, produced++) {
          out.write(b[k]);
        }
      }
    }
    return out.toByteArray();
  }
}
