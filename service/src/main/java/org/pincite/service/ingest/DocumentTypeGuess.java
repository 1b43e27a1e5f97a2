package org.pincite.service.ingest;

import java.util.Locale;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;

/**
 * A first guess at what an uploaded file is, for when the user leaves kind and type to Pincite:
 * mail is evidence of type email; a name that says complaint, answer, motion or exhibit is a filing
 * of that type; anything else is evidence. The user can correct it afterwards.
 */
public record DocumentTypeGuess(DocumentKind kind, DocumentType type) {
  public static DocumentTypeGuess of(String fileName, String mediaType) {
    if (MediaTypeDetector.EMAIL.equals(mediaType)
        || MediaTypeDetector.OUTLOOK_MSG.equals(mediaType)
        || MediaTypeDetector.MBOX.equals(mediaType)) {
      return new DocumentTypeGuess(DocumentKind.EVIDENCE, DocumentType.EMAIL);
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.contains("complaint") || name.contains("compl.")) {
      return new DocumentTypeGuess(DocumentKind.FILING, DocumentType.COMPLAINT);
    }
    if (name.contains("answer")) {
      return new DocumentTypeGuess(DocumentKind.FILING, DocumentType.ANSWER);
    }
    if (name.contains("motion")) {
      return new DocumentTypeGuess(DocumentKind.FILING, DocumentType.MOTION);
    }
    if (name.matches(".*\\b(ex|exh|exhibit)[-_ .]?\\d.*")) {
      return new DocumentTypeGuess(DocumentKind.FILING, DocumentType.EXHIBIT);
    }
    return new DocumentTypeGuess(DocumentKind.EVIDENCE, DocumentType.OTHER);
  }
}
