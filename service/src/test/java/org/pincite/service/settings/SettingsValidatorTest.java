package org.pincite.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class SettingsValidatorTest {
  private final SettingsValidator validator = new SettingsValidator();

  @TempDir Path temp;

  @Test
  void aShortAdminPasswordIsNamedWithItsLengthAndTheRule() {
    assertEquals(
        Optional.of(
            "PINCITE_ADMIN_PASSWORD is 5 characters; it must have at least 12 (or leave it unset"
                + " to have one generated)."),
        validator.adminPassword(Optional.of("short")));
  }

  @Test
  void anUnsetOrLongEnoughPasswordPasses() {
    assertEquals(Optional.empty(), validator.adminPassword(Optional.empty()));
    assertEquals(Optional.empty(), validator.adminPassword(Optional.of("twelve-chars")));
    assertEquals(Optional.empty(), validator.adminPassword(Optional.of("it-chief-passphrase-1")));
    assertEquals(Optional.empty(), validator.demoPassword(Optional.of("a demo password")));
  }

  @Test
  void anAdminPasswordTheRuleRefusesIsNamedWithTheRulesReason() {
    assertEquals(
        Optional.of(
            "PINCITE_ADMIN_PASSWORD is refused by the password rule: A password may not contain the"
                + " user name ('admin') (choose another, or leave it unset to have one generated)."),
        validator.adminPassword(Optional.of("my-admin-password")));
    assertTrue(
        validator.demoPassword(Optional.of("password1234")).orElseThrow().contains("common"));
    assertTrue(
        validator
            .demoPassword(Optional.of("the viewer's secret"))
            .orElseThrow()
            .contains("viewer"));
  }

  @Test
  void aOneCharacterDemoPasswordIsNamed() {
    assertEquals(
        Optional.of(
            "PINCITE_DEMO_PASSWORD is 1 character; it must have at least 12 (or leave it unset"
                + " to have one generated)."),
        validator.demoPassword(Optional.of("x")));
  }

  @Test
  void theLongestTokenLifeIsAWholeNumberOfDaysUpToTenYears() {
    assertEquals(Optional.empty(), validator.tokenMaxDays(Optional.of("365")));
    assertEquals(
        Optional.of(
            "PINCITE_TOKEN_MAX_DAYS is \"0\"; it must be a whole number of days from 1 to 3650."),
        validator.tokenMaxDays(Optional.of("0")));
    assertEquals(
        Optional.of(
            "PINCITE_TOKEN_MAX_DAYS is \"forever\"; it must be a whole number of days from 1 to"
                + " 3650."),
        validator.tokenMaxDays(Optional.of("forever")));
  }

  @Test
  void limitsAndThreadsMustBeWholeNumbersInRange() {
    assertEquals(Optional.empty(), validator.maxUploadMb(Optional.of("200")));
    assertEquals(Optional.empty(), validator.maxUploadMb(Optional.of(" 8 ")));
    assertEquals(
        Optional.of(
            "PINCITE_MAX_UPLOAD_MB is \"2.5\"; it must be a whole number of megabytes, at least 1."),
        validator.maxUploadMb(Optional.of("2.5")));
    assertEquals(
        Optional.of(
            "PINCITE_MAX_UPLOAD_MB is \"0\"; it must be a whole number of megabytes, at least 1."),
        validator.maxUploadMb(Optional.of("0")));
    assertEquals(
        Optional.of(
            "PINCITE_MAX_UPLOAD_MB is empty; it must be a whole number of megabytes, at least 1."),
        validator.maxUploadMb(Optional.empty()));
    assertEquals(Optional.empty(), validator.extractionThreads(Optional.of("2")));
    assertEquals(
        Optional.of(
            "PINCITE_EXTRACTION_THREADS is \"two\"; it must be a whole number of threads from 1"
                + " to 64."),
        validator.extractionThreads(Optional.of("two")));
    assertEquals(
        Optional.of(
            "PINCITE_EXTRACTION_THREADS is \"65\"; it must be a whole number of threads from 1"
                + " to 64."),
        validator.extractionThreads(Optional.of("65")));
  }

  @Test
  void theArchiveAndOcrBudgetsAreWholeNumbersWithinTheirRanges() {
    assertEquals(Optional.empty(), validator.archiveMaxEntries(Optional.of("10000")));
    assertEquals(
        Optional.of(
            "PINCITE_ARCHIVE_MAX_ENTRIES is \"0\"; it must be a whole number of entries from 1 to"
                + " 1000000."),
        validator.archiveMaxEntries(Optional.of("0")));
    assertEquals(Optional.empty(), validator.archiveMaxMb(Optional.of("200")));
    assertEquals(
        Optional.of(
            "PINCITE_ARCHIVE_MAX_MB is \"5000\"; it must be a whole number of megabytes from 1 to"
                + " 4096."),
        validator.archiveMaxMb(Optional.of("5000")));
    assertEquals(Optional.empty(), validator.ocrMaxPagesPerDocument(Optional.of("2000")));
    assertEquals(
        Optional.of(
            "PINCITE_OCR_MAX_PAGES_PER_DOCUMENT is \"lots\"; it must be a whole number of pages,"
                + " at least 1."),
        validator.ocrMaxPagesPerDocument(Optional.of("lots")));
    assertEquals(
        Optional.of(
            "PINCITE_OCR_MAX_PAGES_PER_MATTER is empty; it must be a whole number of pages, at"
                + " least 1."),
        validator.ocrMaxPagesPerMatter(Optional.empty()));
  }

  @Test
  void theSearchBackendIsLuceneOrElasticsearch() {
    assertEquals(Optional.empty(), validator.searchBackend(Optional.of("lucene")));
    assertEquals(Optional.empty(), validator.searchBackend(Optional.of("elasticsearch")));
    assertEquals(
        Optional.of("PINCITE_SEARCH_BACKEND is \"solr\"; it must be lucene or elasticsearch."),
        validator.searchBackend(Optional.of("solr")));
    assertEquals(
        Optional.of("PINCITE_SEARCH_BACKEND is empty; it must be lucene or elasticsearch."),
        validator.searchBackend(Optional.empty()));
  }

  @Test
  void theSearchIndexPrefixIsWhatAnIndexNameMayStartWith() {
    assertEquals(Optional.empty(), validator.searchIndexPrefix(Optional.of("pincite-")));
    assertEquals(Optional.empty(), validator.searchIndexPrefix(Optional.of("firm2.pincite_")));
    assertEquals(Optional.empty(), validator.searchIndexPrefix(Optional.empty()));
    for (String bad : List.of("Pincite-", "-pincite", "_p", "a b", "a/b", "a*", "x".repeat(65))) {
      assertEquals(
          Optional.of(
              "PINCITE_SEARCH_INDEX_PREFIX is \""
                  + bad
                  + "\"; it must be lower-case letters, digits, '.', '_' or '-', starting with a"
                  + " letter or digit, at most 64 characters (or empty for none)."),
          validator.searchIndexPrefix(Optional.of(bad)),
          bad);
    }
  }

  @Test
  void theOriginalsStoreIsADirectoryOrAnS3BucketWithItsSettings() {
    Optional<String> none = Optional.empty();
    assertEquals(List.of(), validator.originalsStore(none, none, none, none, none));
    assertEquals(
        List.of(), validator.originalsStore(Optional.of("directory"), none, none, none, none));
    assertEquals(
        List.of("PINCITE_ORIGINALS_STORE is \"nfs\"; it must be directory or s3."),
        validator.originalsStore(Optional.of("nfs"), none, none, none, none));
    assertEquals(
        List.of(),
        validator.originalsStore(
            Optional.of("s3"),
            Optional.of("firm-originals"),
            Optional.of("http://127.0.0.1:9000"),
            Optional.of("eu-central-1"),
            Optional.of("pincite/originals/")));
    assertEquals(
        List.of(
            "PINCITE_S3_BUCKET is empty; with PINCITE_ORIGINALS_STORE=s3 it must name the bucket."),
        validator.originalsStore(Optional.of("s3"), none, none, none, none));
    assertEquals(
        List.of(
            "PINCITE_S3_BUCKET is \"Firm_Originals\"; a bucket name is 3 to 63 lower-case"
                + " letters, digits, '.' or '-', starting and ending with a letter or digit.",
            "PINCITE_S3_ENDPOINT is \"127.0.0.1:9000\"; it must be an http:// or https:// URL"
                + " (http://127.0.0.1:9000), or empty for AWS.",
            "PINCITE_S3_REGION is \"Frankfurt\"; it must be a region name such as eu-central-1,"
                + " or empty for us-east-1.",
            "PINCITE_S3_PREFIX is \"/originals\"; it must be empty or segments of letters,"
                + " digits and !_.*'()- each ending in '/' (originals/)."),
        validator.originalsStore(
            Optional.of("s3"),
            Optional.of("Firm_Originals"),
            Optional.of("127.0.0.1:9000"),
            Optional.of("Frankfurt"),
            Optional.of("/originals")));
  }

  @Test
  void theDatabaseUrlMustBeOneTheDriversAccept() {
    assertEquals(Optional.empty(), validator.databaseUrl(Optional.of("jdbc:h2:file:/tmp/x")));
    assertEquals(
        Optional.empty(),
        validator.databaseUrl(Optional.of("jdbc:postgresql://127.0.0.1:5432/pincite")));
    assertEquals(
        Optional.of(
            "PINCITE_DB_URL \"jdbc:mysql://db/pincite\" is not a URL the server's drivers accept;"
                + " it must start with jdbc:h2: or jdbc:postgresql:."),
        validator.databaseUrl(Optional.of("jdbc:mysql://db/pincite")));
  }

  @Test
  void aDatabaseThatAnswersPassesAndOneThatDoesNotIsNamed() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:settings-check");
    assertEquals(Optional.empty(), validator.database("jdbc:h2:mem:settings-check", () -> h2));

    // A real driver against a port where nothing listens, as with a stopped PostgreSQL.
    PGSimpleDataSource stopped = new PGSimpleDataSource();
    stopped.setURL("jdbc:postgresql://127.0.0.1:1/none");
    Optional<String> refused =
        validator.database("jdbc:postgresql://127.0.0.1:1/none", () -> stopped);
    assertTrue(
        refused.orElseThrow().startsWith("PINCITE_DB_URL the database at jdbc:postgresql://"),
        refused.get());
    assertTrue(refused.get().contains("Connection refused"), refused.get());
  }

  @Test
  void theDataDirectoryIsMadeWhenMissingAndMustBeADirectory() throws Exception {
    Path missing = temp.resolve("new/data");
    assertEquals(Optional.empty(), validator.dataDirectory(Optional.of(missing.toString())));
    assertTrue(Files.isDirectory(missing));

    Path file = Files.writeString(temp.resolve("a-file"), "x");
    assertEquals(
        Optional.of("PINCITE_DATA_DIR " + file + " is a file, not a directory."),
        validator.dataDirectory(Optional.of(file.toString())));
    Optional<String> under = validator.dataDirectory(Optional.of(file.resolve("data").toString()));
    assertTrue(
        under.orElseThrow().startsWith("PINCITE_DATA_DIR " + file.resolve("data") + " cannot be"),
        under.get());
    assertEquals(
        Optional.of("PINCITE_DATA_DIR is empty; it must name a directory."),
        validator.dataDirectory(Optional.of(" ")));
  }

  @Test
  void passwordIterationsAreAWholeNumberFromTheServersLeastAndFewerThanOwaspsAreAWarning() {
    assertTrue(validator.passwordIterations(Optional.of("210000")).isEmpty());
    assertTrue(validator.passwordIterations(Optional.of("1024")).isEmpty());
    assertEquals(
        "PINCITE_PASSWORD_ITERATIONS is \"1000\"; it must be a whole number of iterations from"
            + " 1024 to 10000000.",
        validator.passwordIterations(Optional.of("1000")).orElseThrow());
    assertTrue(validator.passwordIterations(Optional.of("many")).isPresent());
    assertTrue(validator.weakPasswordIterations(Optional.of("210000")).isEmpty());
    assertTrue(validator.weakPasswordIterations(Optional.of("600000")).isEmpty());
    assertTrue(
        validator.weakPasswordIterations(Optional.of("many")).isEmpty(),
        "a wrong value is a problem, not a warning");
    assertTrue(
        validator
            .weakPasswordIterations(Optional.of("1024"))
            .orElseThrow()
            .startsWith("PINCITE_PASSWORD_ITERATIONS is 1024, below the 210000"));
  }

  @Test
  void onlyATrustedProxysAddressIsTrusted() {
    TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.5");
    assertTrue(proxies.trusts("127.0.0.1"));
    assertTrue(proxies.trusts("10.0.0.5"));
    assertEquals(false, proxies.trusts("127.0.0.2"));
    assertEquals(false, proxies.trusts("localhost"), "a name is never looked up");
    assertTrue(TrustedProxies.parse("").isEmpty());
  }
}
