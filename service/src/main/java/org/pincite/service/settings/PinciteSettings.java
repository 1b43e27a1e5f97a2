package org.pincite.service.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.pincite.service.page.PageImages;
import org.pincite.service.store.LocalOriginalStore;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.store.S3OriginalStore;

/**
 * The server's settings for Pincite, bound in server.xml as JNDI entries from variables that
 * environment variables override (PINCITE_DATA_DIR, PINCITE_DEMO, PINCITE_ADMIN_PASSWORD, ...).
 */
@ApplicationScoped
public class PinciteSettings {

  /**
   * Where Pincite keeps its files: the originals store, and the H2 database unless PostgreSQL is
   * chosen.
   */
  public Path dataDirectory() {
    return Path.of(setting("pincite/dataDir")).toAbsolutePath().normalize();
  }

  /**
   * Whether the search index is the embedded Lucene one under the data directory (not a cluster),
   * whose last seconds of changes a crash can lose.
   */
  public boolean embeddedSearchIndex() {
    return "lucene".equalsIgnoreCase(setting("pincite/searchBackend").strip());
  }

  /**
   * Whether an empty database gets the demo matter at start-up (anything but "false" means yes).
   */
  public boolean loadDemoMatter() {
    return !"false".equalsIgnoreCase(setting("pincite/demo").strip());
  }

  /** PINCITE_ADMIN_PASSWORD: the password of the user admin, applied at every start when set. */
  public Optional<String> adminPassword() {
    return optional("pincite/adminPassword");
  }

  /** PINCITE_DEMO_PASSWORD: the password of the demo users, when set before they are made. */
  public Optional<String> demoPassword() {
    return optional("pincite/demoPassword");
  }

  /** PINCITE_MAX_UPLOAD_MB: the largest file Pincite takes, in MB (default 200). */
  public long maxUploadBytes() {
    try {
      return Long.parseLong(setting("pincite/maxUploadMb").strip()) * 1024 * 1024;
    } catch (NumberFormatException e) {
      return 200L * 1024 * 1024;
    }
  }

  /**
   * PINCITE_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are
   * believed (IP literals only; none by default).
   */
  public TrustedProxies trustedProxies() {
    return TrustedProxies.parse(raw(Setting.PINCITE_TRUSTED_PROXIES).orElse(""));
  }

  /** PINCITE_TOKEN_MAX_DAYS: the longest life an API token may be given, in days (default 365). */
  public int tokenMaxDays() {
    try {
      return Integer.parseInt(setting("pincite/tokenMaxDays").strip());
    } catch (NumberFormatException e) {
      return 365;
    }
  }

  /**
   * PINCITE_ARCHIVE_MAX_ENTRIES: how many entries one upload's archives may hold in all, nested
   * archives included (default 10,000).
   */
  public int archiveMaxEntries() {
    return (int) wholeNumber(Setting.PINCITE_ARCHIVE_MAX_ENTRIES, 10_000);
  }

  /**
   * PINCITE_ARCHIVE_MAX_MB: how many bytes one upload's archives may expand to in all, nested
   * archives included (default 200 MB).
   */
  public long archiveMaxBytes() {
    return wholeNumber(Setting.PINCITE_ARCHIVE_MAX_MB, 200) * 1024 * 1024;
  }

  /**
   * PINCITE_PASSWORD_ITERATIONS: the PBKDF2-HMAC-SHA512 iterations of a new password hash (default
   * {@value #PASSWORD_ITERATIONS}, OWASP's advice). Each stored hash names its own count, so a
   * change applies to passwords set from then on and every older one still verifies.
   */
  public int passwordIterations() {
    return (int) wholeNumber(Setting.PINCITE_PASSWORD_ITERATIONS, PASSWORD_ITERATIONS);
  }

  /** OWASP's advice for PBKDF2-HMAC-SHA512 (Password Storage Cheat Sheet). */
  public static final int PASSWORD_ITERATIONS = 210_000;

  /** PINCITE_OCR_MAX_PAGES_PER_DOCUMENT: the most pages OCR reads of one document (2,000). */
  public int ocrMaxPagesPerDocument() {
    return (int) wholeNumber(Setting.PINCITE_OCR_MAX_PAGES_PER_DOCUMENT, 2_000);
  }

  /**
   * PINCITE_OCR_MAX_PAGES_PER_MATTER: the most pages one matter may have waiting for or in OCR at
   * once (10,000).
   */
  public int ocrMaxPagesPerMatter() {
    return (int) wholeNumber(Setting.PINCITE_OCR_MAX_PAGES_PER_MATTER, 10_000);
  }

  // Validated at start-up (SettingsValidator); the default stands in only where none is bound.
  private static long wholeNumber(Setting setting, long defaultValue) {
    try {
      return optional(setting.jndiName()).map(v -> Long.parseLong(v.strip())).orElse(defaultValue);
    } catch (NumberFormatException e) {
      return defaultValue;
    }
  }

  /**
   * A whole-number setting (the sign-in limits: PINCITE_SIGNIN_*), or the fallback when it cannot
   * be read (the start-up check has refused such a value before anything asks).
   */
  public int wholeNumber(Setting setting, int fallback) {
    try {
      return raw(setting).map(String::strip).map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /**
   * The value of a setting as the server has it, before any interpretation: what the start-up check
   * validates. Empty when the variable is empty (Liberty then binds no entry at all).
   */
  public Optional<String> raw(Setting setting) {
    return optional(setting.jndiName());
  }

  // Liberty binds no entry at all for an empty value: an unset variable is simply absent.
  private static Optional<String> optional(String jndiName) {
    try {
      String value = String.valueOf(new InitialContext().lookup(jndiName));
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    } catch (NamingException e) {
      return Optional.empty();
    }
  }

  /** The time as the services read it (tests outside the container pass a clock of their own). */
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  PageImages pageImages() {
    return new PageImages(dataDirectory().resolve("page-images"));
  }

  /**
   * PINCITE_ORIGINALS_STORE: the directory {@code originals/} in the data directory (default), or
   * the S3-compatible bucket of PINCITE_S3_BUCKET (at PINCITE_S3_ENDPOINT, in PINCITE_S3_REGION,
   * under PINCITE_S3_PREFIX) with its local copies in {@code originals-cache/}. One for the whole
   * application: an S3 client keeps its connections.
   */
  @Produces
  @ApplicationScoped
  OriginalStore originalStore() {
    if (s3Originals()) {
      return S3OriginalStore.connect(
          raw(Setting.PINCITE_S3_BUCKET).orElse("").strip(),
          raw(Setting.PINCITE_S3_PREFIX).orElse(""),
          raw(Setting.PINCITE_S3_ENDPOINT).map(String::strip),
          raw(Setting.PINCITE_S3_REGION).orElse(S3_REGION).strip(),
          dataDirectory().resolve("originals-cache"));
    }
    return new LocalOriginalStore(dataDirectory().resolve("originals"));
  }

  void closeOriginalStore(@Disposes OriginalStore store) throws Exception {
    if (store instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  /** Whether the originals are in S3-compatible object storage (PINCITE_ORIGINALS_STORE=s3). */
  public boolean s3Originals() {
    return "s3".equalsIgnoreCase(raw(Setting.PINCITE_ORIGINALS_STORE).orElse("").strip());
  }

  /** The region when PINCITE_S3_REGION is empty (S3-compatible servers mostly ignore it). */
  public static final String S3_REGION = "us-east-1";

  // Looked up rather than injected: Liberty types a jndiEntry by its value ("true" becomes a
  // Boolean), and a setting must not fail on how someone spelled it.
  private static String setting(String jndiName) {
    try {
      return String.valueOf(new InitialContext().lookup(jndiName));
    } catch (NamingException e) {
      throw new IllegalStateException("The server defines no " + jndiName + " (see server.xml)", e);
    }
  }
}
