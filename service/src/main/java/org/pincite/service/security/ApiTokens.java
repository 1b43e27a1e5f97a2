package org.pincite.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Making API tokens and the one-way form they are kept in. */
public final class ApiTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokens() {}

  /** 256 random bits, URL-safe, prefixed so that a leaked token is recognisable as Pincite's. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "pct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A readable random password for generated accounts (about 120 bits). */
  public static String newPassword() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
