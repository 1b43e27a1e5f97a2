package org.pincite.service.chronology;

import java.io.Serializable;
import java.util.List;

/**
 * The chronology's entries in date order, and how many documents were left out for having no date.
 */
public record Chronology(List<ChronologyEntry> entries, int undatedDocuments)
    implements Serializable {}
