/**
 * The matter's chronology: its dated documents and the passages marked in them, in date order, as a
 * table, a picture (SVG) and CSV.
 */
package org.pincite.service.chronology;
