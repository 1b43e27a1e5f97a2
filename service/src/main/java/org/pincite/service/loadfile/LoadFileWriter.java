package org.pincite.service.loadfile;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** What the DAT and OPT writers share: UTF-8 with a byte-order mark, CRLF after each line. */
abstract class LoadFileWriter implements Flushable, Closeable {
  private final Writer out;

  LoadFileWriter(OutputStream stream) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write('\uFEFF');
  }

  final void writeLine(String line) throws IOException {
    out.write(line);
    out.write("\r\n");
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Closes the stream too. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
