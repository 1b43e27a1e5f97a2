package org.pincite.service.demo;

import java.util.Arrays;
import java.util.Objects;

/**
 * One email of the demo matter as a raw RFC 5322 message, so that the demo goes through the same
 * ingestion as an email a firm would upload. {@code content} is the original, byte for byte.
 */
public record DemoEmail(String fileName, byte[] content) {
  public DemoEmail {
    Objects.requireNonNull(fileName, "fileName");
    content = Objects.requireNonNull(content, "content").clone();
  }

  /** A copy: the original must never change. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemoEmail other
        && fileName.equals(other.fileName)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return fileName + " (" + content.length + " bytes)";
  }
}
