package org.pincite.service.command;

/**
 * Where a reviewer's selection lies: start and end page (1-based) and UTF-16 offsets in their text
 * (end exclusive), and, when the client sends it, the words it believes it selected.
 */
public record PassageSelection(
    int startPage, int startOffset, int endPage, int endOffset, String quote) {}
