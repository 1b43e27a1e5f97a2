package org.pincite.service.search;

import java.io.Serializable;

/**
 * One value of a filter with the number of hits that have it; {@code value} is what the filter
 * takes.
 */
public record FacetCount(String value, String label, long count) implements Serializable {}
