package org.pincite.service.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.claim.Claim;

/**
 * Indexes a marked passage's note (only its note: the quote is already found on its page), at the
 * passage's first page, with its document's facts, its stance and its claims.
 */
public class NoteBridge implements TypeBridge<Annotation> {
  private final SearchFields fields;

  NoteBridge(SearchFields fields) {
    this.fields = fields;
  }

  public static class Binder implements TypeBinder {
    @Override
    public void bind(TypeBindingContext context) {
      // The document's facts are read through Annotation.document, which Document does not map
      // back: SearchMapping makes that association SHALLOW, so a document's new kind or date
      // reaches its notes at the next rebuild, not at once (its pages follow at once).
      context
          .dependencies()
          .use("note")
          .use("stance")
          .use("claims")
          .use("passage.startPage")
          .use("document");
      context.bridge(
          Annotation.class, new NoteBridge(SearchFields.declare(context.indexSchemaElement())));
    }
  }

  @Override
  public void write(DocumentElement target, Annotation annotation, TypeBridgeWriteContext context) {
    target.addValue(fields.source, SearchFields.SOURCE_NOTE);
    String note = annotation.getNote() == null ? "" : annotation.getNote();
    target.addValue(fields.text, note);
    target.addValue(fields.textCjk, note);
    target.addValue(fields.pageNumber, annotation.getPassage().getStartPage());
    target.addValue(fields.annotationId, annotation.getId());
    DocumentFacts.write(fields, target, annotation.getDocument());
    target.addValue(fields.annotated, true);
    target.addValue(fields.stances, annotation.getStance().name());
    for (Claim claim : annotation.getClaims()) {
      target.addValue(fields.claimIds, claim.getId());
      target.addValue(fields.claimStances, claim.getId() + ":" + annotation.getStance().name());
    }
  }
}
