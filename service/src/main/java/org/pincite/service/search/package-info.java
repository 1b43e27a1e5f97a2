/**
 * Full-text search over a matter's pages, email headers and passage notes (Hibernate Search, the
 * embedded Lucene backend or Elasticsearch/OpenSearch by configuration) and evidence suggestions
 * for a claim. The domain entities carry no search annotations: {@link
 * org.pincite.service.search.SearchMapping} maps them programmatically, with analysis in {@link
 * org.pincite.service.search.SearchAnalysis} and the query language in {@link
 * org.pincite.service.search.QuerySyntax}. The chronology has its own room.
 */
package org.pincite.service.search;
