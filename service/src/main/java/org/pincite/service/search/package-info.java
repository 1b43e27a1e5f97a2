/**
 * Full-text search over a matter's pages, email headers and passage notes (Hibernate Search, the
 * embedded Lucene backend or Elasticsearch/OpenSearch by configuration) and evidence suggestions
 * for a claim. The domain entities carry no search annotations: {@link
 * org.pincite.service.search.SearchMapping} maps them programmatically, with analysis in {@link
 * org.pincite.service.search.SearchAnalysis} and the query language in {@link
 * org.pincite.service.search.QuerySyntax}; {@link org.pincite.service.search.HitCites} gives each
 * hit its pin cite (page:line on transcripts and pleading paper). The chronology has its own room.
 */
package org.pincite.service.search;
