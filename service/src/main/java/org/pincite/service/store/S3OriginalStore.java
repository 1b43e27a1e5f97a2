package org.pincite.service.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pincite.domain.document.StoredFile;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Originals in S3-compatible object storage (PINCITE_ORIGINALS_STORE=s3), which every server of a
 * cluster reads: each original is the object {@code <prefix>ab/cd/abcd…} under its SHA-256 in the
 * bucket, written once (only when no object has that key) and checked against its hash on every
 * read, as on disk. The bytes are spooled to a local directory first (their hash is the key, known
 * only at their end); that directory also holds the verified local copies that readers working on a
 * file (PDFBox) get, each checked again whenever it is handed out. Credentials come from the
 * environment through the AWS SDK's default chain ({@code AWS_ACCESS_KEY_ID} and {@code
 * AWS_SECRET_ACCESS_KEY}, or a profile or an instance role).
 */
public class S3OriginalStore implements OriginalStore, AutoCloseable {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * An object younger than this is never set aside as unreferenced: another server may have stored
   * it for an upload it has not committed yet.
   */
  static final Duration UNCOMMITTED_GRACE = Duration.ofHours(1);

  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final String endpoint;
  private final LocalOriginalStore local;
  private final Duration grace;

  /**
   * A store over {@code bucket} with a client of its own: {@code endpoint} (empty: AWS itself) is
   * an S3-compatible server's URL, addressed path-style; {@code localDirectory} holds the spool and
   * the verified local copies.
   */
  public static S3OriginalStore connect(
      String bucket, String prefix, Optional<String> endpoint, String region, Path localDirectory) {
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(region))
            .credentialsProvider(DefaultCredentialsProvider.builder().build())
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            // The SHA-256 of the content is checked by Pincite; the SDK's own CRC trailers are not
            // understood by every S3-compatible server.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            // Over plain HTTP the SDK otherwise sends an upload aws-chunked, with a signature per
            // chunk, which s3rver (and some other S3-compatible servers) keep as part of the
            // object.
            .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
    endpoint.ifPresent(e -> builder.endpointOverride(URI.create(e)).forcePathStyle(true));
    return new S3OriginalStore(
        builder.build(), bucket, prefix, endpoint.orElse("AWS"), localDirectory);
  }

  /** The same store, setting aside objects of any age (for tests, which cannot wait an hour). */
  S3OriginalStore withoutGrace() {
    return new S3OriginalStore(s3, bucket, prefix, endpoint, local.root(), Duration.ZERO);
  }

  S3OriginalStore(S3Client s3, String bucket, String prefix, String endpoint, Path localDirectory) {
    this(s3, bucket, prefix, endpoint, localDirectory, UNCOMMITTED_GRACE);
  }

  private S3OriginalStore(
      S3Client s3,
      String bucket,
      String prefix,
      String endpoint,
      Path localDirectory,
      Duration grace) {
    this.grace = grace;
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
    this.endpoint = endpoint;
    this.local = new LocalOriginalStore(localDirectory);
  }

  @Override
  public String location() {
    return "s3://" + bucket + "/" + prefix + " at " + endpoint;
  }

  @Override
  public StoredBytes store(InputStream in) throws IOException {
    StoredBytes spooled = local.store(in);
    String key = keyOf(spooled.sha256());
    try {
      if (exists(key)) {
        return new StoredBytes(spooled.sha256(), spooled.size(), true);
      }
      // The same bytes from two servers at once: both write the same object, which is harmless.
      s3.putObject(
          b -> b.bucket(bucket).key(key).contentLength(spooled.size()),
          RequestBody.fromFile(local.verifiedFile(spooled.sha256())));
      return new StoredBytes(spooled.sha256(), spooled.size(), false);
    } catch (SdkException e) {
      throw new IOException("Could not store the original in " + location() + ": " + e, e);
    }
  }

  @Override
  public List<String> storedHashes() throws IOException {
    return objects().stream()
        .map(o -> o.key().substring(o.key().lastIndexOf('/') + 1))
        .filter(name -> SHA256.matcher(name).matches())
        .sorted()
        .toList();
  }

  private List<S3Object> objects() throws IOException {
    try {
      List<S3Object> all = new ArrayList<>();
      s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().forEach(all::add);
      return all;
    } catch (SdkException e) {
      throw new IOException("Could not list the originals in " + location() + ": " + e, e);
    }
  }

  /** Parts of uploads cut off while they were spooled (an object is never half-written). */
  @Override
  public int clearUnfinished() throws IOException {
    return local.clearUnfinished();
  }

  /**
   * Downloads the object into {@code aside} (verified) and only then deletes it from the bucket; an
   * object younger than {@link #UNCOMMITTED_GRACE} is left where it is.
   */
  @Override
  public void setAside(String sha256, Path aside) throws IOException {
    String key = keyOf(sha256);
    try {
      HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
      if (head.lastModified().isAfter(Instant.now().minus(grace))) {
        return;
      }
      Files.createDirectories(aside);
      Path target = aside.resolve(sha256);
      if (!Files.exists(target)) {
        Path part = aside.resolve(sha256 + ".part");
        try (InputStream in = open(sha256)) {
          Files.copy(in, part);
          Files.move(part, target);
        } finally {
          Files.deleteIfExists(part);
        }
      }
      s3.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      // already gone
    } catch (SdkException e) {
      throw new IOException("Could not set aside " + key + " in " + location() + ": " + e, e);
    }
  }

  @Override
  public boolean contains(String sha256) throws IOException {
    try {
      return exists(keyOf(sha256));
    } catch (SdkException e) {
      throw new IOException("Could not reach " + location() + ": " + e, e);
    }
  }

  private boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    String key = keyOf(sha256);
    try {
      return new VerifyingInputStream(
          s3.getObject(b -> b.bucket(bucket).key(key)), sha256, "in s3://" + bucket + "/" + key);
    } catch (NoSuchKeyException e) {
      throw new OriginalIntegrityException(
          "The original " + sha256 + " is missing from " + location());
    } catch (SdkException e) {
      throw new IOException("Could not read " + key + " from " + location() + ": " + e, e);
    }
  }

  /**
   * A local copy, fetched (and verified on the way) the first time, and verified again each time it
   * is handed out.
   */
  @Override
  public Path verifiedFile(String sha256) throws IOException {
    if (!local.contains(sha256)) {
      try (InputStream in = open(sha256)) {
        local.store(in);
      }
    }
    return local.verifiedFile(sha256);
  }

  @Override
  public void copyTo(String sha256, Path target) throws IOException {
    try (InputStream in = open(sha256)) {
      Files.copy(in, target);
    }
  }

  @Override
  public Status status() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("bucket", bucket);
    data.put("prefix", prefix);
    data.put("endpoint", endpoint);
    try {
      s3.headBucket(b -> b.bucket(bucket));
      return new Status(true, data);
    } catch (SdkException e) {
      data.put("reason", "the bucket does not answer: " + e.getMessage());
      return new Status(false, data);
    }
  }

  private String keyOf(String sha256) {
    String hash = StoredFile.checkedSha256(sha256);
    return prefix + hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash;
  }

  @Override
  public void close() {
    s3.close();
  }
}
