package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.user.Role;
import org.pincite.service.archive.MatterArchiveWriter;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.RevisionView;

/** A whole matter as one archive (administrators only): see {@code service.archive}. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ArchiveService {
  @Inject MatterAccess access;
  @Inject DocumentRepository documents;
  @Inject AnnotationRepository annotations;
  @Inject ClaimRepository claims;
  @Inject OriginalStore store;
  @EJB HistoryService history;

  /**
   * Writes the matter's archive to a temporary file (the caller sends it and deletes it): originals
   * of any size never pass through memory whole.
   */
  public Path export(long matterId) {
    Matter matter = access.visibleMatter(matterId);
    List<Document> all = documents.findByMatter(matterId);
    JsonArrayBuilder audit = Json.createArrayBuilder();
    for (Document d : all) {
      history.ofDocument(d.getId()).forEach(r -> audit.add(json(r)));
    }
    MatterArchiveWriter.Contents contents =
        new MatterArchiveWriter.Contents(
            matter,
            claims.findAllOfMatter(matterId),
            all,
            annotations.findByMatter(matterId),
            audit.build());
    try {
      Path file = Files.createTempFile("pincite-archive-", ".zip");
      try (OutputStream out = Files.newOutputStream(file)) {
        MatterArchiveWriter.write(contents, store::open, out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("The archive of matter " + matterId + " failed", e);
    }
  }

  /** The archive's file name: the docket number, made safe. */
  public String fileName(long matterId) {
    return access.visibleMatter(matterId).getDocketNumber().replaceAll("[^A-Za-z0-9._-]+", "_")
        + ".pincite.zip";
  }

  private static JsonArray changes(RevisionView r) {
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
    return changes.build();
  }

  private static jakarta.json.JsonObject json(RevisionView r) {
    JsonObjectBuilder revision =
        Json.createObjectBuilder()
            .add("revision", r.revision())
            .add("subject", r.subject())
            .add("subjectId", r.subjectId())
            .add("change", r.change())
            .add("at", r.at().toString());
    if (r.by() != null) {
      revision.add("by", r.by());
    }
    return revision.add("changes", changes(r)).build();
  }
}
