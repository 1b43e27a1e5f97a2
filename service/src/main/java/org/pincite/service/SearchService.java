package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.domain.user.Role;
import org.pincite.service.search.GroupedResults;
import org.pincite.service.search.HitCites;
import org.pincite.service.search.MatterSearch;
import org.pincite.service.search.SearchFilters;
import org.pincite.service.search.SearchHit;
import org.pincite.service.search.SearchIndexer;
import org.pincite.service.search.SearchResults;
import org.pincite.service.search.Suggestion;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.text.Snippets;

/**
 * Searching a matter and suggesting evidence for its claims, for members of the matter; rebuilding
 * the index, for administrators.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class SearchService {
  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

  @Inject MatterAccess access;
  @Inject MatterSearch matterSearch;
  @Inject HitCites hitCites;
  @Inject DocumentRepository documents;
  @EJB SearchIndexer indexer;

  /**
   * Page {@code page} (from 1) of the hits for {@code query} with {@code filters} in the matter,
   * each with its pin cite.
   */
  public SearchResults search(
      long matterId, String query, SearchFilters filters, int page, int pageSize) {
    access.visibleMatter(matterId);
    SearchResults found = matterSearch.search(matterId, query, filters, page, pageSize);
    return hitCites.of(page <= 1 ? withBatesPage(matterId, query, found) : found);
  }

  /**
   * A query that is a Bates number ("ROE0000006") finds the page of the matter numbered so, first,
   * whatever the full-text index says.
   */
  private SearchResults withBatesPage(long matterId, String query, SearchResults found) {
    if (query == null || !BatesNumber.isBatesNumber(query) || query.strip().contains(" ")) {
      return found;
    }
    BatesNumber number = BatesNumber.parse(query);
    Optional<Document> holder = documents.findByBates(matterId, number);
    if (holder.isEmpty()) {
      return found;
    }
    Document d = holder.get();
    int pageNumber = d.getBates().orElseThrow().pageOf(number);
    String text = d.page(pageNumber).map(Page::getText).orElse("");
    String snippet =
        "<mark>"
            + Snippets.escapeHtml(number.format())
            + "</mark> "
            + Snippets.escapeHtml(text.strip().substring(0, Math.min(200, text.strip().length())));
    List<SearchHit> hits = new ArrayList<>();
    hits.add(
        new SearchHit(
            d.getId(),
            d.getTitle(),
            pageNumber,
            snippet,
            Float.MAX_VALUE,
            "bates",
            null,
            null,
            null,
            null));
    found.hits().stream()
        .filter(
            h ->
                !(h.documentId() == d.getId()
                    && h.page() == pageNumber
                    && h.annotationId() == null))
        .forEach(hits::add);
    return new SearchResults(
        found.query(), found.total() + 1, found.page(), found.pageSize(), hits, found.facets());
  }

  /**
   * Page {@code page} (from 1) of the hits grouped by document: {@code documentsPerPage} documents,
   * each with its {@code pagesPerDocument} best pages and its number of hits.
   */
  public GroupedResults searchByDocument(
      long matterId,
      String query,
      SearchFilters filters,
      int page,
      int documentsPerPage,
      int pagesPerDocument) {
    access.visibleMatter(matterId);
    return hitCites.of(
        matterSearch.searchByDocument(
            matterId, query, filters, page, documentsPerPage, pagesPerDocument));
  }

  /** The hits of one document of the matter, best first. */
  public List<SearchHit> hitsInDocument(
      long matterId, String query, SearchFilters filters, long documentId, int limit) {
    access.visibleMatter(matterId);
    return hitCites.of(matterSearch.hitsInDocument(matterId, query, filters, documentId, limit));
  }

  /** The matter's pages that read like the claim and its marked passages, not yet marked for it. */
  public List<Suggestion> suggestions(long matterId, long claimId, int limit) {
    Claim claim = access.claimOf(access.visibleMatter(matterId), claimId);
    return matterSearch.suggest(claim, limit);
  }

  /**
   * Indexes the matter's pages and notes again (after an index was lost or copied in); returns how
   * many.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public int reindexMatter(long matterId) {
    access.visibleMatter(matterId);
    int count = indexer.reindexMatter(matterId);
    LOG.info(
        () ->
            "Re-indexed "
                + count
                + " pages and notes of matter "
                + matterId
                + " for "
                + access.caller().getUsername());
    return count;
  }

  /**
   * Empties the index and builds it again from the database, every matter; returns how many
   * entries.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public int rebuildIndex() {
    access.requireEveryMatter();
    int count = indexer.rebuildAll(true);
    LOG.info(
        () ->
            "Rebuilt the search index ("
                + count
                + " pages and notes) for "
                + access.caller().getUsername());
    return count;
  }
}
