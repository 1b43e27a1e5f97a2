package org.pincite.service.loadfile;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an Opticon OPT as Pincite sends them: UTF-8 with a byte-order mark, one line per page
 * image, CRLF after each; {@code Y} and the page count on a document's first page. Closing the
 * writer closes the stream.
 */
public final class OptWriter extends LoadFileWriter {
  public OptWriter(OutputStream stream) throws IOException {
    super(stream);
  }

  public void write(OptLine page) throws IOException {
    writeLine(
        String.join(
            ",",
            plain(page.imageKey(), "image key"),
            plain(page.volume() == null ? "" : page.volume(), "volume"),
            plain(page.path(), "path"),
            page.documentBreak() ? "Y" : "",
            page.folderBreak() ? "Y" : "",
            page.boxBreak() ? "Y" : "",
            page.pageCount() == null ? "" : Integer.toString(page.pageCount())));
  }

  private static String plain(String value, String what) {
    if (value == null || value.contains(",") || value.contains("\r") || value.contains("\n")) {
      throw new IllegalArgumentException(
          "An OPT " + what + " cannot hold a comma or line break: " + value);
    }
    return value;
  }
}
