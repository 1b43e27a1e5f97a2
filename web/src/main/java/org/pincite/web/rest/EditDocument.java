package org.pincite.web.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.service.command.DocumentDescription;
import org.pincite.service.view.DocumentRow;

/**
 * The body of {@code PATCH /api/documents/{id}}: the version the caller saw and the fields to
 * change. A field left out (or null) keeps its value; an empty string clears an optional one;
 * {@code documentDate} is a day as "2010-02-24".
 */
public record EditDocument(
    @NotNull Long version,
    String title,
    String shortCite,
    String documentDate,
    DocumentKind kind,
    DocumentType type,
    String author,
    String exhibitLabel,
    String reporterCite) {

  /** The whole description after this edit of {@code current}. */
  DocumentDescription over(DocumentRow current) {
    return new DocumentDescription(
        title == null ? current.title() : title,
        shortCite == null ? current.shortCite() : shortCite,
        documentDate == null ? current.documentDate() : day(documentDate),
        kind == null ? current.kind() : kind,
        type == null ? current.type() : type,
        author == null ? current.author() : author,
        exhibitLabel == null ? current.exhibitLabel() : exhibitLabel,
        reporterCite == null ? current.reporterCite() : reporterCite);
  }

  private static LocalDate day(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          "documentDate '" + text + "' is no day: write it as 2010-02-24");
    }
  }
}
