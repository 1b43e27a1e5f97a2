package org.pincite.service.search;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and per filter (kind, type, year, sender, claim, stance, annotated)
 * the values found among all the hits with their counts.
 */
public record SearchResults(
    String query,
    long total,
    int page,
    int pageSize,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets)
    implements Serializable {}
