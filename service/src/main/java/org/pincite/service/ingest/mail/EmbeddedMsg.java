package org.pincite.service.ingest.mail;

import static org.pincite.service.ingest.mail.MsgProperties.PROPERTIES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.DirectoryChunk;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An Outlook message attached to an Outlook message, copied out as a .msg file of its own, so that
 * it can be read again like any other (POI HSMF reads only top-level messages).
 */
final class EmbeddedMsg {
  private static final Logger LOG = Logger.getLogger(EmbeddedMsg.class.getName());
  private static final String NAMED_PROPERTIES = "__nameid_version1.0";

  private EmbeddedMsg() {}

  /**
   * An embedded message as a standalone .msg: its storage copied to the root of a new OLE2 file,
   * with the named-property mapping (kept only at the outer root) copied too and the property
   * stream's header grown from the 24 bytes of an embedded message to the 32 of a top-level one
   * (MS-OXMSG 2.4.1). Null, with the reason logged, when POI cannot give the storage.
   */
  static byte[] standalone(AttachmentChunks attachment, DirectoryNode outerRoot) {
    DirectoryChunk chunk = attachment.getAttachmentDirectory();
    if (chunk == null || chunk.getDirectory() == null) {
      return null;
    }
    try (POIFSFileSystem standalone = new POIFSFileSystem()) {
      DirectoryEntry root = standalone.getRoot();
      for (Entry entry : chunk.getDirectory()) {
        if (entry instanceof DocumentEntry document && entry.getName().equals(PROPERTIES)) {
          byte[] properties;
          try (InputStream in = new DocumentInputStream(document)) {
            properties = in.readAllBytes();
          }
          root.createDocument(PROPERTIES, new ByteArrayInputStream(topLevelProperties(properties)));
        } else {
          EntryUtils.copyNodeRecursively(entry, root);
        }
      }
      if (outerRoot != null
          && outerRoot.hasEntryCaseInsensitive(NAMED_PROPERTIES)
          && !root.hasEntryCaseInsensitive(NAMED_PROPERTIES)) {
        EntryUtils.copyNodeRecursively(outerRoot.getEntryCaseInsensitive(NAMED_PROPERTIES), root);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      standalone.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING, "An embedded Outlook message could not be copied out; it is left out", e);
      return null;
    }
  }

  private static byte[] topLevelProperties(byte[] embedded) {
    if (embedded.length < 24) {
      return embedded;
    }
    byte[] topLevel = new byte[embedded.length + 8];
    System.arraycopy(embedded, 0, topLevel, 0, 24);
    System.arraycopy(embedded, 24, topLevel, 32, embedded.length - 24);
    return topLevel;
  }
}
