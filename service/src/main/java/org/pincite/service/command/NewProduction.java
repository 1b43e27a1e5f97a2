package org.pincite.service.command;

import java.util.List;
import java.util.Map;

/**
 * A production to make, as the API and the page hand it in: its name, the first Bates number
 * (prefix, start number, padding), the documents (in any order: families are kept together), the
 * endorsement of each designated document by id ("CONFIDENTIAL", "HIGHLY CONFIDENTIAL – ATTORNEYS'
 * EYES ONLY"), the documents withheld as privileged (added when not among the documents) and how
 * the volume holds images ("tiff" or "pdf").
 */
public record NewProduction(
    String name,
    String prefix,
    Long startNumber,
    Integer padding,
    List<Long> documentIds,
    Map<Long, String> endorsements,
    List<Withheld> withheld,
    String images) {
  public NewProduction {
    documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    endorsements = endorsements == null ? Map.of() : Map.copyOf(endorsements);
    withheld = withheld == null ? List.of() : List.copyOf(withheld);
  }

  /** A document withheld as privileged: the privilege claimed and the log's description. */
  public record Withheld(Long documentId, String privilege, String description) {}
}
