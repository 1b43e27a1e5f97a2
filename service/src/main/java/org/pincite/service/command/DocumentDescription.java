package org.pincite.service.command;

import java.time.LocalDate;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;

/**
 * What the team says a document is, all of it at once (as the edit form shows it): title, the short
 * name cites give it, date, kind and type, author, exhibit label and, for a case, its reporter
 * cite. Blank optional fields clear them.
 */
public record DocumentDescription(
    String title,
    String shortCite,
    LocalDate documentDate,
    DocumentKind kind,
    DocumentType type,
    String author,
    String exhibitLabel,
    String reporterCite) {}
