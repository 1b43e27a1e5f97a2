package org.pincite.service.cite;

import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;

/**
 * What a cite needs to know of a document: kind and type, title, the short cite name the team gave
 * it ("Compl.", "Mortimer", "Roe Decl."; null when none), exhibit label, an authority's reporter
 * cite ("596 F.3d 1234"; null when none), a message's headers (null unless the document is one),
 * the numbers printed on its pages and its Bates numbers (null when it has none).
 */
public record Source(
    DocumentKind kind,
    DocumentType type,
    String title,
    String shortCite,
    String exhibitLabel,
    String reporterCite,
    EmailHeaders email,
    PageLabels pageLabels,
    BatesRange bates) {
  public Source {
    pageLabels = pageLabels == null ? PageLabels.none() : pageLabels;
    shortCite = blankToNull(shortCite);
    exhibitLabel = blankToNull(exhibitLabel);
    reporterCite = blankToNull(reporterCite);
  }

  /** A document without Bates numbers. */
  public Source(
      DocumentKind kind,
      DocumentType type,
      String title,
      String shortCite,
      String exhibitLabel,
      String reporterCite,
      EmailHeaders email,
      PageLabels pageLabels) {
    this(kind, type, title, shortCite, exhibitLabel, reporterCite, email, pageLabels, null);
  }

  /** A document without a short cite name, reporter cite or printed page numbers. */
  public Source(
      DocumentKind kind, DocumentType type, String title, String exhibitLabel, EmailHeaders email) {
    this(kind, type, title, null, exhibitLabel, null, email, PageLabels.none());
  }

  /** True when the document is a message cited by its headers. */
  boolean isEmail() {
    return email != null && (type == DocumentType.EMAIL || kind == DocumentKind.EVIDENCE);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
