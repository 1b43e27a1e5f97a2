package org.pincite.service.view;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an object's history: what kind of change, when, by whom, and each field that changed
 * with its value before and after.
 */
public record RevisionView(
    long revision,
    String subject,
    long subjectId,
    String change,
    Instant at,
    String by,
    List<FieldChange> changes) {
  public record FieldChange(String field, String before, String after) {}
}
