package org.pincite.service.ingest;

import java.io.IOException;
import java.util.Set;

/**
 * Reads the text of one kind of file: every format Pincite reads is one implementation (a CDI
 * bean), and {@link Extractors} picks it by the media type {@link MediaTypeDetector} gave the
 * original. Bad content is never thrown: it is an {@link ExtractionOutcome} saying what failed and
 * why.
 */
public interface TextExtractor {
  /**
   * The media types this reads, as {@link MediaTypeDetector} names them; no two extractors share
   * one.
   */
  Set<String> mediaTypes();

  /**
   * The original's text and the files it holds (attachments, messages, archive entries).
   *
   * @throws IOException only when the original itself cannot be read from where it is kept
   */
  ExtractionResult extract(Original original) throws IOException;
}
