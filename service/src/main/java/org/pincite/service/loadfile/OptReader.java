package org.pincite.service.loadfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Opticon OPT in whatever encoding it came. Never throws on a bad file: a line without an
 * image key and path, with more than seven fields, or with a page count that is not a number is
 * reported with its line (and left out); trailing empty fields may be missing.
 */
public final class OptReader {
  private static final int FIELDS = 7;

  private OptReader() {}

  public static OptFile read(byte[] bytes) {
    LoadFileEncoding decoded = LoadFileEncoding.decode(bytes);
    List<OptLine> lines = new ArrayList<>();
    List<LoadFileProblem> problems = new ArrayList<>();
    String[] physical = decoded.text().split("\r\n|\r|\n", -1);
    for (int i = 0; i < physical.length; i++) {
      String text = physical[i];
      int number = i + 1;
      if (text.isBlank()) {
        continue;
      }
      if (text.indexOf(LoadFileEncoding.UNDECODABLE) >= 0) {
        problems.add(
            new LoadFileProblem(
                number,
                LoadFileProblem.Code.UNDECODABLE,
                "The line holds bytes that "
                    + decoded.charset().name()
                    + " cannot decode: "
                    + text));
      }
      String[] f = text.split(",", -1);
      if (f.length < 3 || f.length > FIELDS || f[0].isBlank() || f[2].isBlank()) {
        problems.add(
            new LoadFileProblem(
                number,
                LoadFileProblem.Code.BAD_IMAGE_LINE,
                "Not an image line ImageKey,Volume,Path,DocBreak,FolderBreak,BoxBreak,PageCount: "
                    + text));
        continue;
      }
      Integer pages = null;
      String count = field(f, 6);
      if (!count.isEmpty()) {
        try {
          pages = Integer.valueOf(count);
        } catch (NumberFormatException e) {
          problems.add(
              new LoadFileProblem(
                  number,
                  LoadFileProblem.Code.BAD_IMAGE_LINE,
                  "The page count '" + count + "' is not a number"));
        }
      }
      lines.add(
          new OptLine(
              number,
              f[0].strip(),
              field(f, 1),
              f[2].strip(),
              isYes(field(f, 3)),
              isYes(field(f, 4)),
              isYes(field(f, 5)),
              pages));
    }
    return new OptFile(lines, decoded.charset(), decoded.byteOrderMark(), problems);
  }

  private static String field(String[] f, int i) {
    return i < f.length ? f[i].strip() : "";
  }

  private static boolean isYes(String s) {
    return s.equalsIgnoreCase("Y") || s.equalsIgnoreCase("YES");
  }
}
