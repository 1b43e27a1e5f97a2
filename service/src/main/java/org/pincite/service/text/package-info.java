/**
 * Text helpers shared by search, the chronology and the downloads: snippets with the matched words
 * marked and escaped for HTML ({@link org.pincite.service.text.Snippets}), the one date a document
 * is known by ({@link org.pincite.service.text.DocumentDates}), the one CSV writer of reports and
 * the chronology with its formula-injection defence ({@link
 * org.pincite.service.text.SpreadsheetCsv}), and the {@code Content-Disposition} of every download
 * ({@link org.pincite.service.text.ContentDisposition}).
 */
package org.pincite.service.text;
