package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.received.ImportStateConflict;
import org.pincite.domain.received.ImportStatus;
import org.pincite.domain.received.LoadFileValue;
import org.pincite.domain.received.MappedField;
import org.pincite.domain.received.ReceivedDocument;
import org.pincite.domain.received.ReceivedVolume;
import org.pincite.domain.received.VolumeNotImportable;
import org.pincite.domain.received.VolumeProblem;

/**
 * A received volume's report, mapping and imported records kept in H2 and PostgreSQL (migration
 * V15), and the order of its steps. The matter and its volume are fiction.
 */
class ReceivedVolumesIT {
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aVolumeKeepsItsReportMappingAndRecordsWithEveryFieldAsWritten(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    String longValue = "To: ".repeat(3000);
    long volumeId =
        db.inTransaction(
            em -> {
              Matter roe =
                  new Matter("Roe v. Doe (fiction)", "Court", "FIC-R1", LocalDate.of(2025, 1, 2));
              new JpaMatterRepository(em).add(roe);
              JpaReceivedVolumeRepository volumes = new JpaReceivedVolumeRepository(em);
              ReceivedVolume v = volumes.add(new ReceivedVolume(roe, "VOL001.zip", "pl"));
              v.checked(
                  "VOL001",
                  "windows-1252",
                  2,
                  List.of(new MappedField("Beg Bates", "BEGBATES"), new MappedField("Notes", null)),
                  List.of(
                      new VolumeProblem(3, "BATES_GAP", "ROE0000004", "a gap", false),
                      new VolumeProblem(0, "UNNAMED_FILE", null, "IMAGES/x.tif", false)));
              v.commit();
              Document d =
                  new JpaDocumentRepository(em)
                      .add(
                          new Document(
                              roe,
                              DocumentKind.EVIDENCE,
                              DocumentType.OTHER,
                              "ROE0000001",
                              new StoredFile("a.txt", "text/plain", 3, "ab".repeat(32))));
              volumes.addDocument(
                  new ReceivedDocument(
                      v,
                      d,
                      0,
                      2,
                      "ROE0000001",
                      "ROE0000002",
                      null,
                      List.of(
                          new LoadFileValue("Beg Bates", "ROE0000001"),
                          new LoadFileValue("TO", longValue))));
              v.imported();
              return v.getId();
            });
    db.inTransaction(
        em -> {
          JpaReceivedVolumeRepository volumes = new JpaReceivedVolumeRepository(em);
          ReceivedVolume v = volumes.find(volumeId).orElseThrow();
          assertEquals(ImportStatus.IMPORTED, v.getStatus());
          assertEquals("windows-1252", v.getEncoding());
          assertEquals(
              List.of("BATES_GAP", "UNNAMED_FILE"),
              v.getProblems().stream().map(VolumeProblem::getCode).toList());
          assertEquals(3, v.getProblems().get(0).getLine());
          assertEquals("BEGBATES", v.getMapping().get(0).getOurField());
          assertEquals(null, v.getMapping().get(1).getOurField());
          List<ReceivedDocument> docs = volumes.documentsOf(volumeId);
          assertEquals(1, docs.size());
          assertEquals(longValue, docs.get(0).getFields().get(1).getValue());
          assertEquals(
              docs.get(0).getId(),
              volumes.findByDocument(docs.get(0).getDocument().getId()).orElseThrow().getId());
          assertEquals(List.of(), volumes.findByStatus(ImportStatus.IMPORTING));
          assertThrows(ImportStateConflict.class, v::cancel);
          assertThrows(ImportStateConflict.class, v::commit);
          return null;
        });
  }

  @org.junit.jupiter.api.Test
  void aVolumeWithABlockingProblemIsNotCommittedAndACancelledOneStaysCancelled() {
    Matter roe = new Matter("Roe v. Doe (fiction)", "Court", "FIC-R2", LocalDate.of(2025, 1, 2));
    ReceivedVolume v = new ReceivedVolume(roe, "VOL002.zip", "pl");
    assertThrows(ImportStateConflict.class, v::commit, "still being checked");
    v.checked(
        "VOL002",
        "UTF-8",
        1,
        List.of(),
        List.of(new VolumeProblem(2, "DUPLICATE_BATES", "ROE0000001", "twice", true)));
    VolumeNotImportable refused = assertThrows(VolumeNotImportable.class, v::commit);
    assertEquals(
        "The volume 'VOL002' has 1 problem that keeps it from being imported, first line 2:"
            + " DUPLICATE_BATES: twice. Fix the volume (or the field mapping) and check it again;"
            + " nothing was stored",
        refused.getMessage());
    v.cancel();
    v.cancel();
    assertEquals(ImportStatus.CANCELLED, v.getStatus());
    assertThrows(ImportStateConflict.class, v::commit);
  }
}
