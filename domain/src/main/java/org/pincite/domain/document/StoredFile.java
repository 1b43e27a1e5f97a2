package org.pincite.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.HexFormat;
import java.util.Locale;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * The original file as received: its name, media type, size and SHA-256. The bytes live in the
 * content-addressed store under the hash; this value never changes once a document has it.
 */
@Embeddable
public class StoredFile {
  @Column(name = "original_name", nullable = false, length = 500)
  private String fileName;

  @Column(name = "original_media_type", nullable = false, length = 200)
  private String mediaType;

  @Column(name = "original_size", nullable = false)
  private long size;

  @Column(name = "original_sha256", nullable = false, length = 64)
  private String sha256;

  protected StoredFile() {}

  public StoredFile(String fileName, String mediaType, long size, String sha256) {
    this.fileName = Require.text(fileName, "File name", 500);
    this.mediaType = Require.text(mediaType, "Media type", 200);
    if (size < 0) {
      throw new DomainRuleViolation("File size cannot be negative");
    }
    this.size = size;
    this.sha256 = checkedSha256(sha256);
  }

  /** A SHA-256 as 64 lower-case hex digits, or a violation naming what is wrong. */
  public static String checkedSha256(String hex) {
    String value = Require.text(hex, "SHA-256", 64).toLowerCase(Locale.ROOT);
    if (value.length() != 64) {
      throw new DomainRuleViolation("A SHA-256 has 64 hex digits, not " + value.length());
    }
    try {
      HexFormat.of().parseHex(value);
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation("A SHA-256 is written in hex digits: " + value);
    }
    return value;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }
}
