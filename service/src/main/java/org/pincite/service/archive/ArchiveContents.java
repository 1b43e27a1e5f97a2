package org.pincite.service.archive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.pincite.domain.archive.ArchivedChange;
import org.pincite.domain.document.Document;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.Transcript;
import org.pincite.service.audit.AuditHistory;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaArchiveRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaFactRepository;
import org.pincite.service.jpa.JpaRedactionRepository;
import org.pincite.service.jpa.JpaTranscriptRepository;
import org.pincite.service.view.RevisionView;

/**
 * Everything of one matter that goes into its archive, read in one transaction: the audit trail is
 * the one an earlier archive carried here (as it was recorded there, in its order) followed by this
 * installation's own revisions of the matter, its parties, claims, documents, passages and facts.
 */
public final class ArchiveContents {
  private ArchiveContents() {}

  public static MatterArchiveWriter.Contents load(EntityManager em, Matter matter) {
    long matterId = matter.getId();
    List<Document> documents = new JpaDocumentRepository(em).findByMatter(matterId);
    JpaTranscriptRepository transcripts = new JpaTranscriptRepository(em);
    Map<Long, Transcript> particulars = new LinkedHashMap<>();
    List<Designation> designations = new ArrayList<>();
    List<Redaction> redactions = new ArrayList<>();
    JpaRedactionRepository redacted = new JpaRedactionRepository(em);
    for (Document d : documents) {
      redactions.addAll(redacted.ofDocument(d.getId()));
      transcripts.find(d.getId()).ifPresent(t -> particulars.put(d.getId(), t));
      designations.addAll(transcripts.designations(d.getId()));
    }
    JsonArrayBuilder audit = Json.createArrayBuilder();
    for (ArchivedChange c : new JpaArchiveRepository(em).archivedChanges(matterId)) {
      audit.add(json(c));
    }
    AuditReader reader = AuditReaderFactory.get(em);
    List<RevisionView> local = new ArrayList<>(AuditHistory.ofMatter(reader, matterId));
    for (Document d : documents) {
      local.addAll(AuditHistory.ofDocument(reader, d.getId()));
    }
    local.addAll(AuditHistory.ofFacts(reader, matterId));
    local.sort(
        Comparator.comparingLong(RevisionView::revision)
            .thenComparing(RevisionView::subject)
            .thenComparingLong(RevisionView::subjectId));
    local.forEach(r -> audit.add(json(r)));
    return new MatterArchiveWriter.Contents(
        matter,
        new JpaClaimRepository(em).findAllOfMatter(matterId),
        documents,
        particulars,
        new JpaAnnotationRepository(em).findByMatter(matterId),
        new JpaFactRepository(em).findByMatter(matterId),
        designations,
        redactions,
        audit.build());
  }

  /**
   * What the archive a document was restored from recorded of it and of the passages it still
   * holds, in the archive's order (none for a document that never came in an archive).
   */
  public static List<RevisionView> archivedHistory(EntityManager em, Document d) {
    java.util.Set<Long> passages = new java.util.HashSet<>();
    new JpaAnnotationRepository(em).findByDocument(d.getId()).forEach(a -> passages.add(a.getId()));
    java.util.Set<Long> redactions = new java.util.HashSet<>();
    new JpaRedactionRepository(em).ofDocument(d.getId()).forEach(r -> redactions.add(r.getId()));
    List<RevisionView> history = new ArrayList<>();
    for (ArchivedChange c : new JpaArchiveRepository(em).archivedChanges(d.getMatter().getId())) {
      long here = c.getSubjectId().orElse(-1L);
      boolean about =
          (c.getSubject().equals("document") && here == d.getId())
              || (c.getSubject().equals("passage") && passages.contains(here))
              || (c.getSubject().equals("redaction") && redactions.contains(here));
      if (about) {
        List<RevisionView.FieldChange> changes = new ArrayList<>();
        for (JsonObject f :
            Json.createReader(new StringReader(c.getChanges()))
                .readArray()
                .getValuesAs(JsonObject.class)) {
          changes.add(
              new RevisionView.FieldChange(
                  f.getString("field"), f.getString("before", null), f.getString("after", null)));
        }
        history.add(
            new RevisionView(
                c.getRevision(),
                c.getSubject(),
                here,
                c.getChange(),
                c.getAt(),
                c.getBy(),
                changes));
      }
    }
    return history;
  }

  private static JsonObject json(ArchivedChange c) {
    JsonObject entry =
        entry(
            c.getRevision(),
            c.getSubject(),
            c.getSubjectId().orElse(c.getArchivedSubjectId()),
            c.getChange(),
            c.getAt(),
            c.getBy(),
            Json.createReader(new StringReader(c.getChanges())).readArray());
    // Removed before the archive that brought it: its id is the one it had there, not one here.
    return c.getSubjectId().isPresent()
        ? entry
        : Json.createObjectBuilder(entry).add("subjectRestored", false).build();
  }

  private static JsonObject json(RevisionView r) {
    JsonArrayBuilder changes = Json.createArrayBuilder();
    for (RevisionView.FieldChange c : r.changes()) {
      JsonObjectBuilder change = Json.createObjectBuilder().add("field", c.field());
      if (c.before() != null) {
        change.add("before", c.before());
      }
      if (c.after() != null) {
        change.add("after", c.after());
      }
      changes.add(change);
    }
    return entry(
        r.revision(), r.subject(), r.subjectId(), r.change(), r.at(), r.by(), changes.build());
  }

  private static JsonObject entry(
      long revision,
      String subject,
      long subjectId,
      String change,
      java.time.Instant at,
      String by,
      jakarta.json.JsonArray changes) {
    JsonObjectBuilder entry =
        Json.createObjectBuilder()
            .add("revision", revision)
            .add("subject", subject)
            .add("subjectId", subjectId)
            .add("change", change)
            .add("at", at.toString());
    if (by != null) {
      entry.add("by", by);
    }
    return entry.add("changes", changes).build();
  }
}
