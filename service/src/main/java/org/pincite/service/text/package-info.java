/**
 * Text helpers shared by search and the chronology: snippets with the matched words marked and
 * escaped for HTML ({@link org.pincite.service.text.Snippets}), and the one date a document is
 * known by ({@link org.pincite.service.text.DocumentDates}).
 */
package org.pincite.service.text;
