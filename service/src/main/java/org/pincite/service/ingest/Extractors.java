package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Picks the extractor for a media type. */
@ApplicationScoped
public class Extractors {
  @Inject PdfTextExtractor pdf;
  @Inject EmailExtractor email;

  public ExtractionResult extract(String mediaType, byte[] content, String password) {
    return switch (mediaType) {
      case ContentSniffer.PDF -> ExtractionResult.of(pdf.extract(content, password));
      case ContentSniffer.EMAIL -> ExtractionResult.of(email.extract(content));
      case ContentSniffer.TEXT -> ExtractionResult.of(ExtractionOutcome.Extracted.text(List.of(new String(content, StandardCharsets.UTF_8))));
      default -> ExtractionResult.of(new ExtractionOutcome.Failed("Pincite cannot read text from this kind of file (" + mediaType + ") yet"));
    };
  }
}
