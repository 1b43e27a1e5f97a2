package org.pincite.service.search;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of hits grouped by document: {@code total} hits in {@code documentCount} documents,
 * {@code pageSize} documents a page, and the filters' counts over all the hits.
 */
public record GroupedResults(
    String query,
    long total,
    long documentCount,
    int page,
    int pageSize,
    List<DocumentHits> documents,
    Map<String, List<FacetCount>> facets)
    implements Serializable {}
