package org.pincite.service.view;

import java.util.List;
import org.pincite.domain.annotation.Stance;
import org.pincite.service.page.PdfTextLayout.Box;

/**
 * The part of a marked passage that lies on one page: its characters there ({@code from} to {@code
 * to} of the page text) and, for a PDF with a text layer, the boxes to draw on the page image.
 */
public record PageHighlight(long annotationId, Stance stance, int from, int to, List<Box> boxes) {}
