/**
 * The matter's chronology: its dated documents and the passages marked in them, in date order, as a
 * table, a picture (SVG) and CSV. {@code ChronologyBuilder} reads them from the database; the rest
 * are plain records and writers.
 */
package org.pincite.service.chronology;
