package org.pincite.service.view;

import java.util.List;

/**
 * What a removal from the matter took away: the documents ticked, with their attachments ({@code
 * documents} counts both) and the passages marked in them. The audit trail keeps all of it.
 */
public record RemovedDocuments(List<String> titles, int documents, int passages)
    implements java.io.Serializable {

  /** "Removed 2 documents (1 attachment with them) and 3 passages from the matter". */
  public String summary() {
    int attachments = documents - titles.size();
    return "Removed "
        + count(titles.size(), "document")
        + (attachments > 0 ? " (" + count(attachments, "attachment") + " with them)" : "")
        + (passages > 0 ? " and " + count(passages, "passage") + " marked in them" : "")
        + " from the matter; their history is kept";
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
