package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The formats Pincite reads, by media type: every {@link TextExtractor} bean there is, found
 * through CDI (so this room names none of them, and a new format is one new class). Two extractors
 * that claim the same media type are refused when the registry is built (on the first extraction):
 * every document then fails with a reason naming both.
 */
@ApplicationScoped
public class Extractors {
  private Map<String, TextExtractor> byMediaType;

  protected Extractors() {
    // for CDI's client proxy
  }

  @Inject
  Extractors(@Any Instance<TextExtractor> formats) {
    this(formats.stream().toList());
  }

  /** The extractors given, e.g. in a test without a container. */
  public Extractors(List<? extends TextExtractor> formats) {
    Map<String, TextExtractor> map = new HashMap<>();
    for (TextExtractor format : formats) {
      for (String mediaType : format.mediaTypes()) {
        TextExtractor before = map.putIfAbsent(mediaType, format);
        if (before != null) {
          throw new IllegalStateException(
              "Two extractors read " + mediaType + ": " + name(before) + " and " + name(format));
        }
      }
    }
    this.byMediaType = Map.copyOf(map);
  }

  /** The extractor for the media type, if Pincite reads it. */
  public Optional<TextExtractor> find(String mediaType) {
    return Optional.ofNullable(mediaType).map(byMediaType::get);
  }

  /** Reads the (verified) original at {@code file} by its media type. */
  public ExtractionResult extract(String mediaType, Path file, String password) throws IOException {
    return extract(mediaType, Original.ofFile(file, password));
  }

  public ExtractionResult extract(String mediaType, Original original) throws IOException {
    Optional<TextExtractor> format = find(mediaType);
    if (format.isEmpty()) {
      return ExtractionResult.of(
          new ExtractionOutcome.Failed(
              "Pincite cannot read text from this kind of file ("
                  + mediaType
                  + "); the original is kept"));
    }
    return format.get().extract(original);
  }

  private static String name(TextExtractor format) {
    return format.getClass().getName().replaceAll("\\$.*", "");
  }
}
