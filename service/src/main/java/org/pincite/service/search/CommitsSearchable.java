package org.pincite.service.search;

import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.Setting;

/**
 * When a transaction's commit returns, its changes are in the index and a search finds them, on
 * either backend. The embedded Lucene index opens a fresh reader for the next search, so waiting
 * for the write is enough there (Hibernate Search's {@code write-sync}, its default, as before); an
 * Elasticsearch or OpenSearch cluster makes a write searchable only at its next refresh (a second
 * later), so there the commit also waits for a refresh ({@code sync}): a passage just marked shows
 * in the next search on any server. Built by its constructor before CDI is up, so the backend is
 * read from PINCITE_SEARCH_BACKEND's JNDI entry (outside the server: Lucene's behaviour).
 */
public final class CommitsSearchable implements IndexingPlanSynchronizationStrategy {
  private final IndexingPlanSynchronizationStrategy delegate;

  public CommitsSearchable() {
    boolean cluster =
        new PinciteSettings()
            .raw(Setting.PINCITE_SEARCH_BACKEND)
            .map(String::strip)
            .filter("elasticsearch"::equalsIgnoreCase)
            .isPresent();
    delegate =
        cluster
            ? IndexingPlanSynchronizationStrategy.sync()
            : IndexingPlanSynchronizationStrategy.writeSync();
  }

  @Override
  public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
    delegate.apply(context);
  }
}
