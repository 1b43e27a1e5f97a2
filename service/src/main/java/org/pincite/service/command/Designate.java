package org.pincite.service.command;

/**
 * A party's designation of a transcript's lines: {@code party} by name as the matter lists it,
 * {@code kind} "Designation" or "Counter-designation", the range from page:line to page:line, and
 * the other side's objection and the court's ruling (blank for none).
 */
public record Designate(
    String party,
    String kind,
    int pageFrom,
    int lineFrom,
    int pageTo,
    int lineTo,
    String objection,
    String ruling) {}
