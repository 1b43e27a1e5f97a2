package org.pincite.service.jpa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;

/** Fiction PDFs for the persistence tests: a name, pages that say where they are, a hash. */
final class FictionDocuments {
  private FictionDocuments() {}

  /** A PDF named {@code name} of {@code pages} pages ("name page 1", …), not yet saved. */
  static Document pdf(Matter m, String name, int pages) {
    Document d =
        new Document(
            m,
            DocumentKind.EVIDENCE,
            DocumentType.OTHER,
            name,
            new StoredFile(name, "application/pdf", 10, sha256(name)));
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      texts.add(name + " page " + i);
    }
    d.recordText(texts);
    return d;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
