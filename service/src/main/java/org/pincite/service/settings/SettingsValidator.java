package org.pincite.service.settings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.pincite.domain.user.PasswordRule;

/**
 * Checks the installation's settings before anything uses them, one method per setting. Each
 * answers nothing when the value is fine, or one sentence that names the variable, says what is
 * wrong with its value and what it must be instead.
 */
public class SettingsValidator {
  static final Set<String> SEARCH_BACKENDS = Set.of("lucene", "elasticsearch");
  // What an index name may start with in Elasticsearch and OpenSearch (lower case, none of
  // \ / * ? " < > | , # : or spaces, not - _ + first), kept short: the layout adds "page-000001".
  static final Pattern SEARCH_INDEX_PREFIX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  static final Set<String> ORIGINALS_STORES = Set.of("directory", "s3");
  // S3's rules for a bucket name (3-63 characters; lower case, digits, '.' and '-').
  static final Pattern S3_BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  static final Pattern S3_REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+");
  // A key prefix: path segments of safe characters, each ending in '/'.
  static final Pattern S3_PREFIX = Pattern.compile("([A-Za-z0-9!_.*'()-]+/)*");
  static final List<String> JDBC_PREFIXES = List.of("jdbc:h2:", "jdbc:postgresql:");
  static final int MAX_EXTRACTION_THREADS = 64;
  // Expanded files are held in memory while they are recorded: a budget beyond these is a heap's.
  static final int MAX_ARCHIVE_ENTRIES = 1_000_000;
  static final int MAX_ARCHIVE_MB = 4_096;
  static final int MAX_TOKEN_DAYS = 3650;
  static final int MAX_SIGNIN_LIMIT = 100_000;
  static final int MIN_PASSWORD_ITERATIONS = 1_024;
  static final int MAX_PASSWORD_ITERATIONS = 10_000_000;

  // The users whose passwords these settings are (Administrator.USERNAME, DemoMatterLoader's
  // users): spelled out here because the security and demo rooms depend on the settings.
  static final List<String> ADMIN_USERS = List.of("admin");
  static final List<String> DEMO_USERS = List.of("paralegal", "viewer");

  /** Every problem of the settings, in the order of {@link Setting}; empty when all are fine. */
  public List<String> problems(PinciteSettings settings, DataSourceLookup dataSources) {
    List<String> problems = new ArrayList<>();
    dataDirectory(settings.raw(Setting.PINCITE_DATA_DIR)).ifPresent(problems::add);
    Optional<String> url = settings.raw(Setting.PINCITE_DB_URL);
    Optional<String> urlProblem = databaseUrl(url);
    urlProblem.ifPresent(problems::add);
    if (urlProblem.isEmpty() && problems.isEmpty()) {
      // Only a URL that a driver takes, over a data directory that H2 can use, is worth a try.
      database(url.orElseThrow(), dataSources).ifPresent(problems::add);
    }
    adminPassword(settings.raw(Setting.PINCITE_ADMIN_PASSWORD)).ifPresent(problems::add);
    demoPassword(settings.raw(Setting.PINCITE_DEMO_PASSWORD)).ifPresent(problems::add);
    maxUploadMb(settings.raw(Setting.PINCITE_MAX_UPLOAD_MB)).ifPresent(problems::add);
    extractionThreads(settings.raw(Setting.PINCITE_EXTRACTION_THREADS)).ifPresent(problems::add);
    searchBackend(settings.raw(Setting.PINCITE_SEARCH_BACKEND)).ifPresent(problems::add);
    searchIndexPrefix(settings.raw(Setting.PINCITE_SEARCH_INDEX_PREFIX)).ifPresent(problems::add);
    originalsStore(
            settings.raw(Setting.PINCITE_ORIGINALS_STORE),
            settings.raw(Setting.PINCITE_S3_BUCKET),
            settings.raw(Setting.PINCITE_S3_ENDPOINT),
            settings.raw(Setting.PINCITE_S3_REGION),
            settings.raw(Setting.PINCITE_S3_PREFIX))
        .forEach(problems::add);
    archiveMaxEntries(settings.raw(Setting.PINCITE_ARCHIVE_MAX_ENTRIES)).ifPresent(problems::add);
    archiveMaxMb(settings.raw(Setting.PINCITE_ARCHIVE_MAX_MB)).ifPresent(problems::add);
    ocrMaxPagesPerDocument(settings.raw(Setting.PINCITE_OCR_MAX_PAGES_PER_DOCUMENT))
        .ifPresent(problems::add);
    ocrMaxPagesPerMatter(settings.raw(Setting.PINCITE_OCR_MAX_PAGES_PER_MATTER))
        .ifPresent(problems::add);
    tokenMaxDays(settings.raw(Setting.PINCITE_TOKEN_MAX_DAYS)).ifPresent(problems::add);
    signInLimits(
            settings.raw(Setting.PINCITE_SIGNIN_DELAY_AFTER),
            settings.raw(Setting.PINCITE_SIGNIN_LOCK_AFTER),
            settings.raw(Setting.PINCITE_SIGNIN_LOCK_MINUTES),
            settings.raw(Setting.PINCITE_SIGNIN_ADDRESS_DELAY_AFTER),
            settings.raw(Setting.PINCITE_SIGNIN_ADDRESS_LOCK_AFTER))
        .forEach(problems::add);
    trustedProxies(settings.raw(Setting.PINCITE_TRUSTED_PROXIES)).ifPresent(problems::add);
    passwordIterations(settings.raw(Setting.PINCITE_PASSWORD_ITERATIONS)).ifPresent(problems::add);
    return problems;
  }

  /**
   * What the start-up says without stopping: a setting that works but weakens something, in one
   * line each (today: PINCITE_PASSWORD_ITERATIONS below OWASP's advice).
   */
  public List<String> warnings(PinciteSettings settings) {
    List<String> warnings = new ArrayList<>();
    weakPasswordIterations(settings.raw(Setting.PINCITE_PASSWORD_ITERATIONS))
        .ifPresent(warnings::add);
    return warnings;
  }

  /** PINCITE_PASSWORD_ITERATIONS that is valid but below OWASP's advice, said as a warning. */
  public Optional<String> weakPasswordIterations(Optional<String> value) {
    if (value.isEmpty() || passwordIterations(value).isPresent()) {
      return Optional.empty();
    }
    long iterations = Long.parseLong(value.get().strip());
    if (iterations >= PinciteSettings.PASSWORD_ITERATIONS) {
      return Optional.empty();
    }
    return Optional.of(
        Setting.PINCITE_PASSWORD_ITERATIONS.name()
            + " is "
            + iterations
            + ", below the "
            + PinciteSettings.PASSWORD_ITERATIONS
            + " PBKDF2-HMAC-SHA512 iterations OWASP advises: passwords set from now on are cheaper"
            + " to guess from a copy of the database (fewer belong only on a test server)");
  }

  /**
   * PINCITE_PASSWORD_ITERATIONS: a whole number of PBKDF2 iterations from 1,024 (the least the
   * server's Jakarta Security takes) to 10,000,000.
   */
  public Optional<String> passwordIterations(Optional<String> value) {
    return wholeNumber(
        Setting.PINCITE_PASSWORD_ITERATIONS,
        value,
        MIN_PASSWORD_ITERATIONS,
        MAX_PASSWORD_ITERATIONS,
        "iterations");
  }

  /** Where the data directory's DataSource comes from: the server's, or a test's own. */
  @FunctionalInterface
  public interface DataSourceLookup {
    DataSource dataSource() throws Exception;
  }

  /** PINCITE_DATA_DIR: a directory that exists or can be made, and that Pincite can write to. */
  public Optional<String> dataDirectory(Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return problem(Setting.PINCITE_DATA_DIR, "is empty; it must name a directory");
    }
    Path directory;
    try {
      directory = Path.of(value.get()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return problem(Setting.PINCITE_DATA_DIR, quoted(value) + " is not a path: " + e.getReason());
    }
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      return problem(Setting.PINCITE_DATA_DIR, directory + " is a file, not a directory");
    }
    try {
      Files.createDirectories(directory);
      Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
      Files.delete(probe);
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return problem(
          Setting.PINCITE_DATA_DIR,
          directory + " cannot be created or written to (" + reason(e) + ")");
    }
  }

  /** PINCITE_DB_URL: a JDBC URL that one of the server's drivers (H2, PostgreSQL) accepts. */
  public Optional<String> databaseUrl(Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return problem(
          Setting.PINCITE_DB_URL, "is empty; it must be a jdbc:h2: or jdbc:postgresql: URL");
    }
    String url = value.get().strip();
    if (JDBC_PREFIXES.stream().noneMatch(url::startsWith)) {
      return problem(
          Setting.PINCITE_DB_URL,
          quoted(value)
              + " is not a URL the server's drivers accept; it must start with jdbc:h2: or"
              + " jdbc:postgresql:");
    }
    return Optional.empty();
  }

  /** PINCITE_DB_URL again: the database behind it answers. */
  public Optional<String> database(String url, DataSourceLookup dataSources) {
    try (Connection connection = dataSources.dataSource().getConnection()) {
      if (connection.isValid(10)) {
        return Optional.empty();
      }
      return problem(Setting.PINCITE_DB_URL, "the database at " + url + " does not answer");
    } catch (Exception e) {
      return problem(
          Setting.PINCITE_DB_URL,
          "the database at "
              + url
              + " does not answer ("
              + reason(e)
              + "); check the URL,"
              + " PINCITE_DB_USER and PINCITE_DB_PASSWORD");
    }
  }

  /** PINCITE_ADMIN_PASSWORD: unset (one is generated), or one the password rule takes. */
  public Optional<String> adminPassword(Optional<String> value) {
    return password(Setting.PINCITE_ADMIN_PASSWORD, value, ADMIN_USERS);
  }

  /** PINCITE_DEMO_PASSWORD: unset (one is generated), or one the password rule takes. */
  public Optional<String> demoPassword(Optional<String> value) {
    return password(Setting.PINCITE_DEMO_PASSWORD, value, DEMO_USERS);
  }

  /** PINCITE_MAX_UPLOAD_MB: a whole number of megabytes, at least 1. */
  public Optional<String> maxUploadMb(Optional<String> value) {
    return wholeNumber(Setting.PINCITE_MAX_UPLOAD_MB, value, 1, Integer.MAX_VALUE, "megabytes");
  }

  /** PINCITE_EXTRACTION_THREADS: a whole number of files read at once, 1 to 64. */
  public Optional<String> extractionThreads(Optional<String> value) {
    return wholeNumber(
        Setting.PINCITE_EXTRACTION_THREADS, value, 1, MAX_EXTRACTION_THREADS, "threads");
  }

  /** PINCITE_ARCHIVE_MAX_ENTRIES: a whole number of entries one upload may unpack, at least 1. */
  public Optional<String> archiveMaxEntries(Optional<String> value) {
    return wholeNumber(
        Setting.PINCITE_ARCHIVE_MAX_ENTRIES, value, 1, MAX_ARCHIVE_ENTRIES, "entries");
  }

  /** PINCITE_ARCHIVE_MAX_MB: a whole number of megabytes one upload may expand to, at least 1. */
  public Optional<String> archiveMaxMb(Optional<String> value) {
    return wholeNumber(Setting.PINCITE_ARCHIVE_MAX_MB, value, 1, MAX_ARCHIVE_MB, "megabytes");
  }

  /** PINCITE_OCR_MAX_PAGES_PER_DOCUMENT: a whole number of pages, at least 1. */
  public Optional<String> ocrMaxPagesPerDocument(Optional<String> value) {
    return wholeNumber(
        Setting.PINCITE_OCR_MAX_PAGES_PER_DOCUMENT, value, 1, Integer.MAX_VALUE, "pages");
  }

  /** PINCITE_OCR_MAX_PAGES_PER_MATTER: a whole number of pages, at least 1. */
  public Optional<String> ocrMaxPagesPerMatter(Optional<String> value) {
    return wholeNumber(
        Setting.PINCITE_OCR_MAX_PAGES_PER_MATTER, value, 1, Integer.MAX_VALUE, "pages");
  }

  /** PINCITE_TOKEN_MAX_DAYS: the longest life of an API token, 1 to 3,650 days. */
  public Optional<String> tokenMaxDays(Optional<String> value) {
    return wholeNumber(Setting.PINCITE_TOKEN_MAX_DAYS, value, 1, MAX_TOKEN_DAYS, "days");
  }

  /** PINCITE_SEARCH_BACKEND: lucene (the embedded index) or elasticsearch. */
  public Optional<String> searchBackend(Optional<String> value) {
    String backend = value.map(String::strip).orElse("");
    if (SEARCH_BACKENDS.contains(backend)) {
      return Optional.empty();
    }
    return problem(
        Setting.PINCITE_SEARCH_BACKEND,
        (backend.isEmpty() ? "is empty" : "is " + quoted(value))
            + "; it must be lucene or elasticsearch");
  }

  /**
   * PINCITE_SEARCH_INDEX_PREFIX: what the names of Pincite's indexes in an Elasticsearch or
   * OpenSearch cluster start with, so that two installations can share one: lower-case letters,
   * digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters; empty for
   * none.
   */
  public Optional<String> searchIndexPrefix(Optional<String> value) {
    if (value.isEmpty() || SEARCH_INDEX_PREFIX.matcher(value.get()).matches()) {
      return Optional.empty();
    }
    return problem(
        Setting.PINCITE_SEARCH_INDEX_PREFIX,
        "is "
            + quoted(value)
            + "; it must be lower-case letters, digits, '.', '_' or '-', starting with a letter"
            + " or digit, at most 64 characters (or empty for none)");
  }

  /**
   * PINCITE_ORIGINALS_STORE: directory (the data directory's originals/, the default) or s3; for
   * s3, PINCITE_S3_BUCKET a bucket name, PINCITE_S3_ENDPOINT empty (AWS) or an http(s) URL of an
   * S3-compatible server, PINCITE_S3_REGION empty or a region name, PINCITE_S3_PREFIX empty or
   * segments each ending in '/'. The S3 settings are not checked for the directory store.
   */
  public List<String> originalsStore(
      Optional<String> store,
      Optional<String> bucket,
      Optional<String> endpoint,
      Optional<String> region,
      Optional<String> prefix) {
    String kind = store.map(String::strip).orElse("directory");
    if (!ORIGINALS_STORES.contains(kind)) {
      return List.of(
          Setting.PINCITE_ORIGINALS_STORE.name()
              + " is "
              + quoted(store)
              + "; it must be directory or s3.");
    }
    if (kind.equals("directory")) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (bucket.isEmpty() || bucket.get().isBlank()) {
      problems.add(
          Setting.PINCITE_S3_BUCKET.name()
              + " is empty; with PINCITE_ORIGINALS_STORE=s3 it must name the bucket.");
    } else if (!S3_BUCKET.matcher(bucket.get().strip()).matches()) {
      problems.add(
          Setting.PINCITE_S3_BUCKET.name()
              + " is "
              + quoted(bucket)
              + "; a bucket name is 3 to 63 lower-case letters, digits, '.' or '-', starting and"
              + " ending with a letter or digit.");
    }
    if (endpoint.isPresent()) {
      String url = endpoint.get().strip();
      boolean fine;
      try {
        java.net.URI uri = new java.net.URI(url);
        fine =
            ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                && uri.getHost() != null;
      } catch (java.net.URISyntaxException e) {
        fine = false;
      }
      if (!fine) {
        problems.add(
            Setting.PINCITE_S3_ENDPOINT.name()
                + " is "
                + quoted(endpoint)
                + "; it must be an http:// or https:// URL (http://127.0.0.1:9000), or empty"
                + " for AWS.");
      }
    }
    if (region.isPresent() && !S3_REGION.matcher(region.get().strip()).matches()) {
      problems.add(
          Setting.PINCITE_S3_REGION.name()
              + " is "
              + quoted(region)
              + "; it must be a region name such as eu-central-1, or empty for us-east-1.");
    }
    if (prefix.isPresent() && !S3_PREFIX.matcher(prefix.get()).matches()) {
      problems.add(
          Setting.PINCITE_S3_PREFIX.name()
              + " is "
              + quoted(prefix)
              + "; it must be empty or segments of letters, digits and !_.*'()- each ending in"
              + " '/' (originals/).");
    }
    return problems;
  }

  /**
   * PINCITE_SIGNIN_DELAY_AFTER, _LOCK_AFTER, _LOCK_MINUTES, _ADDRESS_DELAY_AFTER,
   * _ADDRESS_LOCK_AFTER: whole numbers (failed sign-ins, minutes) from 1 to 100,000, and a lockout
   * that does not come before the delays (LOCK_AFTER at least DELAY_AFTER, for an account and for
   * an address).
   */
  public List<String> signInLimits(
      Optional<String> delayAfter,
      Optional<String> lockAfter,
      Optional<String> lockMinutes,
      Optional<String> addressDelayAfter,
      Optional<String> addressLockAfter) {
    List<String> problems = new ArrayList<>();
    wholeNumber(Setting.PINCITE_SIGNIN_DELAY_AFTER, delayAfter, 1, MAX_SIGNIN_LIMIT, "failures")
        .ifPresent(problems::add);
    wholeNumber(Setting.PINCITE_SIGNIN_LOCK_AFTER, lockAfter, 1, MAX_SIGNIN_LIMIT, "failures")
        .ifPresent(problems::add);
    wholeNumber(Setting.PINCITE_SIGNIN_LOCK_MINUTES, lockMinutes, 1, MAX_SIGNIN_LIMIT, "minutes")
        .ifPresent(problems::add);
    wholeNumber(
            Setting.PINCITE_SIGNIN_ADDRESS_DELAY_AFTER,
            addressDelayAfter,
            1,
            MAX_SIGNIN_LIMIT,
            "failures")
        .ifPresent(problems::add);
    wholeNumber(
            Setting.PINCITE_SIGNIN_ADDRESS_LOCK_AFTER,
            addressLockAfter,
            1,
            MAX_SIGNIN_LIMIT,
            "failures")
        .ifPresent(problems::add);
    if (problems.isEmpty()) {
      notBefore(
              Setting.PINCITE_SIGNIN_LOCK_AFTER,
              lockAfter,
              Setting.PINCITE_SIGNIN_DELAY_AFTER,
              delayAfter)
          .ifPresent(problems::add);
      notBefore(
              Setting.PINCITE_SIGNIN_ADDRESS_LOCK_AFTER,
              addressLockAfter,
              Setting.PINCITE_SIGNIN_ADDRESS_DELAY_AFTER,
              addressDelayAfter)
          .ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * PINCITE_TRUSTED_PROXIES: empty, or IP addresses (not host names: a name would be looked up at
   * every request) separated by commas.
   */
  public Optional<String> trustedProxies(Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return Optional.empty();
    }
    for (String address : value.get().split(",")) {
      String literal = address.strip();
      if (!isIpLiteral(literal)) {
        return problem(
            Setting.PINCITE_TRUSTED_PROXIES,
            "holds \""
                + literal
                + "\", which is not an IP address; it must be IP addresses separated by commas"
                + " (like 127.0.0.1,10.0.0.5), or empty");
      }
    }
    return Optional.empty();
  }

  private static boolean isIpLiteral(String text) {
    boolean v4 =
        text.matches(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    boolean v6 = text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
    if (!v4 && !v6) {
      return false;
    }
    try {
      // A literal is parsed, never looked up.
      InetAddress.getByName(text);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static Optional<String> notBefore(
      Setting later, Optional<String> laterValue, Setting earlier, Optional<String> earlierValue) {
    long lock = Long.parseLong(laterValue.orElseThrow().strip());
    long delay = Long.parseLong(earlierValue.orElseThrow().strip());
    if (lock >= delay) {
      return Optional.empty();
    }
    return problem(
        later,
        "is "
            + lock
            + ", fewer failures than "
            + earlier.name()
            + " ("
            + delay
            + "); the lockout must not come before the delays");
  }

  private static Optional<String> password(
      Setting setting, Optional<String> value, List<String> usernames) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (PasswordRule.isLongEnough(value.get())) {
      for (String username : usernames) {
        Optional<String> why = PasswordRule.problem(username, value.get());
        if (why.isPresent()) {
          return problem(
              setting,
              "is refused by the password rule: "
                  + why.get()
                  + " (choose another, or leave it unset to have one generated)");
        }
      }
      return Optional.empty();
    }
    int length = value.get().length();
    return problem(
        setting,
        "is "
            + length
            + (length == 1 ? " character" : " characters")
            + "; it must have at least "
            + PasswordRule.MIN_LENGTH
            + " (or leave it unset to have one generated)");
  }

  private static Optional<String> wholeNumber(
      Setting setting, Optional<String> value, int min, int max, String unit) {
    String text = value.map(String::strip).orElse("");
    String range =
        max == Integer.MAX_VALUE
            ? "a whole number of " + unit + ", at least " + min
            : "a whole number of " + unit + " from " + min + " to " + max;
    if (text.isEmpty()) {
      return problem(setting, "is empty; it must be " + range);
    }
    try {
      long number = Long.parseLong(text);
      if (number >= min && number <= max) {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      // not a whole number: said below
    }
    return problem(setting, "is " + quoted(value) + "; it must be " + range);
  }

  private static Optional<String> problem(Setting setting, String what) {
    return Optional.of(setting.name() + " " + what + ".");
  }

  private static String quoted(Optional<String> value) {
    return "\"" + value.orElse("") + "\"";
  }

  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
