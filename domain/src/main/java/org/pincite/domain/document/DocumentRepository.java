package org.pincite.domain.document;

import java.util.List;
import java.util.Optional;

public interface DocumentRepository {
  Optional<Document> find(long id);

  /**
   * The matter's documents, families together (attachments after their email), without their pages.
   */
  List<Document> findByMatter(long matterId);

  /** A document of the matter whose original has this SHA-256. */
  Optional<Document> findByMatterAndSha256(long matterId, String sha256);

  Optional<Page> findPage(long documentId, int number);

  Document add(Document document);

  /**
   * Writes the document's pending changes now, so that its version (and a stale edit's conflict) is
   * the saved one.
   */
  void save(Document document);

  /** The ids of documents still waiting for their text to be read, oldest first. */
  java.util.List<Long> findPendingIds();

  /** The SHA-256 of every original some document holds, each once. */
  java.util.Set<String> findOriginalHashes();
}
