package org.pincite.service.ingest.mail;

import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.Chunk;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;

/**
 * Reading MAPI properties of an Outlook message with POI HSMF, where a missing property is normal:
 * each one absent (POI throws or returns null) or blank is simply null.
 */
final class MsgProperties {
  private static final Logger LOG = Logger.getLogger(MsgProperties.class.getName());
  static final String PROPERTIES = "__properties_version1.0";

  private MsgProperties() {}

  /** Whether the OLE2 file holds an Outlook message (not a .doc, .xls or .ppt). */
  static boolean isOutlookMessage(DirectoryNode root) {
    if (root == null) {
      return false;
    }
    for (Entry entry : root) {
      if (entry.getName().startsWith("__substg1.0_") || entry.getName().equals(PROPERTIES)) {
        return true;
      }
    }
    return false;
  }

  /** A property that may be missing: null then, and when it is blank text. */
  static <T> T optional(Callable<T> read) {
    try {
      T value = read.call();
      return value instanceof String text && text.isBlank() ? null : value;
    } catch (ChunkNotFoundException e) {
      return null;
    } catch (Exception e) {
      LOG.log(Level.FINE, "An Outlook property could not be read; it is left out", e);
      return null;
    }
  }

  /** A string property POI has no accessor for, by its MAPI property id. */
  static String stringChunk(MAPIMessage message, int propertyId) {
    for (Chunk chunk : message.getMainChunks().getChunks()) {
      if (chunk.getChunkId() == propertyId && chunk instanceof StringChunk string) {
        String value = value(string);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  /** The chunk's text, stripped; null when absent or blank. */
  static String value(StringChunk chunk) {
    if (chunk == null) {
      return null;
    }
    String value = chunk.getValue();
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** A field of the transport headers (the MIME header block the message came with), unfolded. */
  static String headerField(String headerBlock, String name) {
    if (headerBlock == null) {
      return null;
    }
    String unfolded = headerBlock.replaceAll("\\r?\\n[ \\t]+", " ");
    for (String line : unfolded.split("\\r?\\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        String value = line.substring(name.length() + 1).strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
