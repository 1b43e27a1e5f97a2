package org.pincite.service.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.Setting;

/**
 * The names of Pincite's indexes in an Elasticsearch or OpenSearch cluster: Hibernate Search's
 * simple layout ({@code page-000001} behind the aliases {@code page-write} and {@code page-read})
 * with PINCITE_SEARCH_INDEX_PREFIX before each name ({@code pincite-page-000001}, …), so that two
 * installations can share one cluster without reading or emptying each other's indexes. Hibernate
 * Search builds it by its constructor before CDI is up (docs/stack-notes.md, "Hibernate Search
 * inside Liberty"), so in the server the prefix is read from its JNDI entry; outside the server a
 * caller hands an instance with its own prefix to the persistence unit.
 */
public final class PrefixedIndexLayout implements IndexLayoutStrategy {
  private static final Pattern PRIMARY_NAME = Pattern.compile("(.*)-\\d{6}");

  private final String prefix;

  /** The server's: the prefix of PINCITE_SEARCH_INDEX_PREFIX (none when it is empty). */
  public PrefixedIndexLayout() {
    this(new PinciteSettings().raw(Setting.PINCITE_SEARCH_INDEX_PREFIX).orElse("").strip());
  }

  public PrefixedIndexLayout(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  @Override
  public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-000001";
  }

  @Override
  public String createWriteAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-write";
  }

  @Override
  public String createReadAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-read";
  }

  @Override
  public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName;
  }

  @Override
  public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
    Matcher m = PRIMARY_NAME.matcher(elasticsearchIndexName);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not an index of Pincite's layout (<prefix><name>-<6 digits>): "
              + elasticsearchIndexName);
    }
    return m.group(1);
  }
}
