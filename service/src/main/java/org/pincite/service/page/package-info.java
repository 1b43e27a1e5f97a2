/**
 * What a page looks like, for the viewer: its image rendered from the PDF (cached under the data
 * directory), where each character of its stored text sits on it ({@link
 * org.pincite.service.page.PdfTextLayout}), and so the boxes that highlight a passage on the image;
 * the page furniture the viewer dims ({@link org.pincite.service.page.PageLayouts}, a cache). Not
 * part of ingest: nothing here runs when a document is read, only when a page is viewed.
 */
package org.pincite.service.page;
