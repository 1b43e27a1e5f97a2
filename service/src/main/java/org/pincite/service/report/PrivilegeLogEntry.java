package org.pincite.service.report;

/**
 * One row of a production's privilege log: the withheld document's Bates number (its slip sheet's),
 * date, author, recipients, the privilege claimed and a description that says what the document is
 * without giving the privileged content away.
 */
public record PrivilegeLogEntry(
    String bates,
    String date,
    String author,
    String recipients,
    String privilege,
    String description) {}
