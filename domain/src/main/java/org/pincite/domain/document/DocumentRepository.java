package org.pincite.domain.document;

import java.util.List;
import java.util.Optional;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesRange;

public interface DocumentRepository {
  Optional<Document> find(long id);

  /**
   * The matter's documents, families together (attachments after their email), without their pages.
   */
  List<Document> findByMatter(long matterId);

  /**
   * One page of the matter's document list as {@code query} filters and sorts it: {@code first} and
   * {@code max} count families (an email with its attachments is one).
   */
  DocumentSlice list(long matterId, DocumentListQuery query, int first, int max);

  /** A document of the matter whose original has this SHA-256. */
  Optional<Document> findByMatterAndSha256(long matterId, String sha256);

  /**
   * The matter's documents whose Bates range shares a number with {@code range} (same prefix,
   * counters overlapping, whatever the padding), in Bates order.
   */
  List<Document> findBatesOverlapping(long matterId, BatesRange range);

  /** The matter's document one of whose pages is numbered {@code number}. */
  Optional<Document> findByBates(long matterId, BatesNumber number);

  /** The matter's documents with a Bates range from the production named {@code production}. */
  List<Document> findByProduction(long matterId, String production);

  Optional<Page> findPage(long documentId, int number);

  Document add(Document document);

  /**
   * Writes the document's pending changes now, so that its version (and a stale edit's conflict) is
   * the saved one.
   */
  void save(Document document);

  /**
   * Removes the document from its matter, with its pages (its attachments are removed by the caller
   * first). Its original stays in the store: another matter may hold the same bytes.
   */
  void remove(Document document);

  /** The ids of documents still waiting for their text to be read, oldest first. */
  java.util.List<Long> findPendingIds();

  /** The SHA-256 of every original some document holds, each once. */
  java.util.Set<String> findOriginalHashes();
}
