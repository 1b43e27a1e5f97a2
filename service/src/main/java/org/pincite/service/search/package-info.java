/**
 * Full-text search over a matter's pages, email headers and passage notes (Hibernate Search, the
 * embedded Lucene backend or Elasticsearch/OpenSearch by configuration), evidence suggestions for a
 * claim and the matter's chronology. The domain entities carry no search annotations: {@link
 * org.pincite.service.search.SearchMapping} maps them programmatically.
 */
package org.pincite.service.search;
