package org.pincite.service.loadfile;

import java.nio.charset.Charset;
import java.util.List;

/** An OPT as read: its page lines in order, its encoding and every problem found, by line. */
public record OptFile(
    List<OptLine> lines, Charset charset, boolean byteOrderMark, List<LoadFileProblem> problems) {
  public OptFile {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  public String encoding() {
    return charset.name() + (byteOrderMark ? " with BOM" : "");
  }
}
