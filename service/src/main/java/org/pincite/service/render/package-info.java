/**
 * PDF pages rendered to images within a budget of pixels: each render fits a largest image (a huge
 * page is drawn at a lower resolution), and all renders at once share one pool of pixels, so no
 * page, however it is drawn, and no number of requests at once can take the server's memory. The
 * viewer's page images ({@code service.page}) and OCR ({@code service.ingest}) both render here.
 */
package org.pincite.service.render;
