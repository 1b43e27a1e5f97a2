package org.pincite.service.view;

/** One page's text, exactly as passages address it. */
public record PageView(long documentId, int number, String text) {}
