package org.pincite.service.bates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.pincite.domain.bates.BatesNumberTaken;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.production.ProducedDocument;
import org.pincite.domain.production.Production;
import org.pincite.domain.production.ProductionRepository;
import org.pincite.domain.shared.Require;

/**
 * Keeps a matter's Bates numbers unique: a range is given to a document, or to a document of a
 * production we make, only when nothing else in the matter holds one of its numbers: no other
 * document's range, no other production's (the database's unique keys on a range's first number
 * back this up). Runs in the caller's transaction.
 */
@ApplicationScoped
public class MatterBatesNumbers {
  @Inject DocumentRepository documents;
  @Inject ProductionRepository productions;

  protected MatterBatesNumbers() {}

  /** Outside the container, looking at documents only. */
  public MatterBatesNumbers(DocumentRepository documents) {
    this(documents, null);
  }

  /** Outside the container, looking at documents and productions. */
  public MatterBatesNumbers(DocumentRepository documents, ProductionRepository productions) {
    this.documents = documents;
    this.productions = productions;
  }

  /**
   * Numbers {@code document}'s pages {@code range} from {@code production}; a {@link
   * BatesNumberTaken} when another document of its matter (or a production's document) holds one of
   * the numbers, any other rule of {@link Document#numberPages} as that says.
   */
  public void number(Document document, BatesRange range, String production) {
    Require.present(range, "Bates range");
    requireFree(document.getMatter().getId(), range, document, null);
    document.numberPages(range, production);
  }

  /**
   * Refuses with {@link BatesNumberTaken} when something in the matter holds one of {@code range}'s
   * numbers, other than the documents of {@code own} (a production, may be null) and {@code self}
   * (a document, may be null) holding exactly this range: the same document numbered the same again
   * is no reuse.
   */
  public void requireFree(long matterId, BatesRange range, Document self, Production own) {
    Optional<Document> holder =
        documents.findBatesOverlapping(matterId, range).stream()
            .filter(d -> !(isSelf(d, self) && d.getBates().orElseThrow().equals(range)))
            .findFirst();
    if (holder.isPresent()) {
      throw new BatesNumberTaken(range, describe(holder.get()), holder.get().getBates().get());
    }
    if (productions == null) {
      return;
    }
    for (ProducedDocument p : productions.findBatesOverlapping(matterId, range)) {
      boolean mine = own != null && Objects.equals(p.getProduction().getId(), own.getId());
      boolean itself = isSelf(p.getDocument(), self) && p.getBates().orElseThrow().equals(range);
      if (!mine && !itself) {
        throw new BatesNumberTaken(
            range,
            describe(p.getDocument()) + " in the production '" + p.getProduction().getName() + "'",
            p.getBates().get());
      }
    }
  }

  /**
   * The matter's document (other than {@code except}, which may be null) that holds one of the
   * numbers of {@code range}.
   */
  public Optional<Document> heldBy(long matterId, BatesRange range, Document except) {
    return documents.findBatesOverlapping(matterId, range).stream()
        .filter(d -> except == null || !Objects.equals(d.getId(), except.getId()))
        .findFirst();
  }

  private static boolean isSelf(Document d, Document self) {
    return self != null && Objects.equals(d.getId(), self.getId());
  }

  private static String describe(Document d) {
    return "'" + d.getTitle() + "' (document " + d.getId() + ")";
  }
}
