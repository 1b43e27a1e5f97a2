package org.pincite.service.settings;

/**
 * The settings that the start-up check validates: each environment variable with the JNDI entry
 * that server.xml binds from it.
 */
public enum Setting {
  PINCITE_DATA_DIR("pincite/dataDir"),
  PINCITE_DB_URL("pincite/dbUrl"),
  PINCITE_ADMIN_PASSWORD("pincite/adminPassword"),
  PINCITE_DEMO_PASSWORD("pincite/demoPassword"),
  PINCITE_MAX_UPLOAD_MB("pincite/maxUploadMb"),
  PINCITE_EXTRACTION_THREADS("pincite/extractionThreads"),
  PINCITE_SEARCH_BACKEND("pincite/searchBackend"),
  PINCITE_SEARCH_INDEX_PREFIX("pincite/searchIndexPrefix"),
  PINCITE_ORIGINALS_STORE("pincite/originalsStore"),
  PINCITE_S3_BUCKET("pincite/s3Bucket"),
  PINCITE_S3_ENDPOINT("pincite/s3Endpoint"),
  PINCITE_S3_REGION("pincite/s3Region"),
  PINCITE_S3_PREFIX("pincite/s3Prefix"),
  PINCITE_ARCHIVE_MAX_ENTRIES("pincite/archiveMaxEntries"),
  PINCITE_ARCHIVE_MAX_MB("pincite/archiveMaxMb"),
  PINCITE_OCR_MAX_PAGES_PER_DOCUMENT("pincite/ocrMaxPagesPerDocument"),
  PINCITE_OCR_MAX_PAGES_PER_MATTER("pincite/ocrMaxPagesPerMatter"),
  PINCITE_TOKEN_MAX_DAYS("pincite/tokenMaxDays"),
  PINCITE_SIGNIN_DELAY_AFTER("pincite/signInDelayAfter"),
  PINCITE_SIGNIN_LOCK_AFTER("pincite/signInLockAfter"),
  PINCITE_SIGNIN_LOCK_MINUTES("pincite/signInLockMinutes"),
  PINCITE_SIGNIN_ADDRESS_DELAY_AFTER("pincite/signInAddressDelayAfter"),
  PINCITE_SIGNIN_ADDRESS_LOCK_AFTER("pincite/signInAddressLockAfter"),
  PINCITE_TRUSTED_PROXIES("pincite/trustedProxies"),
  PINCITE_PASSWORD_ITERATIONS("pincite/passwordIterations");

  private final String jndiName;

  Setting(String jndiName) {
    this.jndiName = jndiName;
  }

  public String jndiName() {
    return jndiName;
  }
}
