package org.pincite.service.bates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.pincite.domain.bates.BatesNumberTaken;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.shared.Require;

/**
 * Keeps a matter's Bates numbers unique: a range is given to a document only when no other document
 * of the matter holds one of its numbers (the database's unique key on a range's first number backs
 * this up). Runs in the caller's transaction.
 */
@ApplicationScoped
public class MatterBatesNumbers {
  @Inject DocumentRepository documents;

  protected MatterBatesNumbers() {}

  public MatterBatesNumbers(DocumentRepository documents) {
    this.documents = documents;
  }

  /**
   * Numbers {@code document}'s pages {@code range} from {@code production}; a {@link
   * BatesNumberTaken} when another document of its matter holds one of the numbers, any other rule
   * of {@link Document#numberPages} as that says.
   */
  public void number(Document document, BatesRange range, String production) {
    Require.present(range, "Bates range");
    Optional<Document> holder = heldBy(document.getMatter().getId(), range, document);
    if (holder.isPresent()) {
      throw new BatesNumberTaken(range, describe(holder.get()), holder.get().getBates().get());
    }
    document.numberPages(range, production);
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

  private static String describe(Document d) {
    return "'" + d.getTitle() + "' (document " + d.getId() + ")";
  }
}
