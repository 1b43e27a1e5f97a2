package org.pincite.service.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} header of every download (originals, reports, the chronology), as
 * RFC 6266 has it: {@code filename} in safe ASCII for every client, and the exact name in {@code
 * filename*=UTF-8''…} (RFC 8187) for the browsers that read it. Neither can break the header.
 */
public final class ContentDisposition {
  private ContentDisposition() {}

  /** {@code attachment; filename="ascii"; filename*=UTF-8''exact}. */
  public static String attachment(String fileName) {
    String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + exact;
  }

  /**
   * Letters, digits, dot, dash and underscore only: accents dropped, every other run of characters
   * one underscore; "download" when nothing is left.
   */
  public static String asciiFallback(String fileName) {
    String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String safe =
        plain
            .replaceAll("[^A-Za-z0-9._-]+", "_")
            .replaceAll("_+(\\.[A-Za-z0-9]+)$", "$1")
            .replaceAll("^_+", "");
    return safe.isEmpty() || safe.startsWith(".") ? "download" + safe : safe;
  }
}
