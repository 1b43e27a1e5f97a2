package org.pincite.domain.bates;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.pincite.domain.shared.DomainRuleViolation;

/**
 * The designation a protective order lets a producing party stamp on a document. No designation
 * (the common case) is the absence of one, never a constant.
 */
public enum Confidentiality {
  CONFIDENTIAL("CONFIDENTIAL"),
  HIGHLY_CONFIDENTIAL_AEO("HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY");

  private final String label;

  Confidentiality(String label) {
    this.label = label;
  }

  /** The words stamped on the page and written in load files. */
  public String label() {
    return label;
  }

  /**
   * The designation {@code text} names: the constant's name or its label (any case, hyphen or dash,
   * straight or curly apostrophe, "AEO" for attorneys' eyes only); empty for blank or "NONE"; a
   * violation listing the designations for anything else.
   */
  public static Optional<Confidentiality> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = squeeze(text);
    if (t.equals("NONE")) {
      return Optional.empty();
    }
    for (Confidentiality c : values()) {
      if (t.equals(squeeze(c.name())) || t.equals(squeeze(c.label))) {
        return Optional.of(c);
      }
    }
    if (t.equals("HIGHLYCONFIDENTIAL") || t.equals("AEO") || t.equals("ATTORNEYSEYESONLY")) {
      return Optional.of(HIGHLY_CONFIDENTIAL_AEO);
    }
    throw new DomainRuleViolation(
        "Unknown confidentiality designation '"
            + text.strip()
            + "': use CONFIDENTIAL, HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY, or none");
  }

  private static String squeeze(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetter(c)) {
        b.append(c);
      }
    }
    String letters = b.toString();
    return letters.startsWith("HIGHLYCONFIDENTIAL") && letters.endsWith("AEO")
        ? "HIGHLYCONFIDENTIALATTORNEYSEYESONLY"
        : letters;
  }
}
