package org.pincite.service.view;

import java.time.LocalDate;
import java.util.List;

/** A matter with its parties, its claims tree and its documents: what the matter page shows. */
public record MatterDetail(
    long id,
    String caption,
    String docketNumber,
    String court,
    LocalDate filedOn,
    List<PartyView> parties,
    List<ClaimNode> claims,
    List<DocumentRow> documents)
    implements java.io.Serializable {}
