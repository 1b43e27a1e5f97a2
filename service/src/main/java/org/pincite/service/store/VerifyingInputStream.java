package org.pincite.service.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An original's bytes that check, on the read that reaches their end, that they still hash to the
 * SHA-256 they are filed under, whichever store they come from.
 */
final class VerifyingInputStream extends FilterInputStream {
  private final String sha256;
  private final String where;
  private final MessageDigest digest;
  private boolean checked;

  /** {@code where} says where the bytes were altered ("on disk", "in s3://…"). */
  VerifyingInputStream(InputStream in, String sha256, String where) {
    this(in, sha256, where, sha256());
  }

  private VerifyingInputStream(InputStream in, String sha256, String where, MessageDigest digest) {
    super(new DigestInputStream(in, digest));
    this.sha256 = sha256;
    this.where = where;
    this.digest = digest;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b == -1) {
      check();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n == -1) {
      check();
    }
    return n;
  }

  private void check() throws OriginalIntegrityException {
    if (!checked) {
      checked = true;
      String actual = HexFormat.of().formatHex(digest.digest());
      if (!actual.equals(sha256)) {
        throw new OriginalIntegrityException(
            "The original filed under "
                + sha256
                + " has been altered "
                + where
                + ": its bytes now hash to "
                + actual);
      }
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
