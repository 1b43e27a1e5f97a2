package org.pincite.domain;

import java.time.LocalDate;
import java.util.List;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.PartyRole;

/** Small in-memory objects for the domain tests; nothing here is shared between tests. */
public final class Fixtures {
  public static final String SHA = "a".repeat(64);

  private Fixtures() {}

  public static Matter matter(String docket) {
    return new Matter(
        "Musk v. Altman et al.",
        "Superior Court of California, County of San Francisco",
        docket,
        LocalDate.of(2024, 2, 29));
  }

  public static Document documentWithPages(Matter matter, String... pages) {
    Document d =
        new Document(
            matter,
            DocumentKind.EVIDENCE,
            DocumentType.EMAIL,
            "Email",
            new StoredFile("mail.eml", "message/rfc822", 10, SHA));
    d.recordText(List.of(pages));
    return d;
  }

  /** A passage of {@code document} marked as supporting a count of its matter. */
  public static Annotation annotation(Document document, Passage passage) {
    Claim count =
        Claim.topLevel(
            ClaimKind.COUNT,
            document.getMatter().addParty("Elon Musk", PartyRole.PLAINTIFF),
            "Breach of contract",
            null,
            0);
    return new Annotation(document, passage, Stance.SUPPORTS, List.of(count), null, "paralegal");
  }
}
