package org.pincite.service.received;

import java.util.List;
import org.pincite.domain.received.ImportStatus;
import org.pincite.domain.received.MappedField;
import org.pincite.domain.received.ReceivedDocument;
import org.pincite.domain.received.ReceivedVolume;
import org.pincite.domain.received.VolumeProblem;

/**
 * A received volume as the API and the page show it: its state, the DAT's encoding and record
 * count, the report (each problem with its line, code, Bates number, words and whether it blocks
 * the commit), the field mapping, and once imported the documents it became; while it is being
 * stored, how many of its documents are done.
 */
public record ImportView(
    long id,
    long matterId,
    ImportStatus status,
    String fileName,
    String volumeName,
    String encoding,
    int records,
    int blockingProblems,
    List<Problem> problems,
    List<Field> mapping,
    List<ImportedDocument> documents,
    String failure,
    Integer documentsDone) {
  /** One line of the report. */
  public record Problem(int line, String code, String bates, String message, boolean blocking) {}

  /** One column of the DAT and the field of ours it is read as (null: kept only as written). */
  public record Field(String fileField, String ourField) {}

  /** One record as the document it became. */
  public record ImportedDocument(
      long documentId, String begBates, String endBates, String parentBates, String title) {}

  static ImportView of(ReceivedVolume v, List<ReceivedDocument> documents, Integer done) {
    return new ImportView(
        v.getId(),
        v.getMatter().getId(),
        v.getStatus(),
        v.getFileName(),
        v.getVolumeName(),
        v.getEncoding(),
        v.getRecords(),
        v.getBlockingProblems().size(),
        v.getProblems().stream().map(ImportView::problem).toList(),
        v.getMapping().stream().map(ImportView::field).toList(),
        documents.stream()
            .map(
                r ->
                    new ImportedDocument(
                        r.getDocument().getId(),
                        r.getBegBates(),
                        r.getEndBates(),
                        r.getParentBates(),
                        r.getDocument().getTitle()))
            .toList(),
        v.getFailure(),
        v.getStatus() == ImportStatus.IMPORTING ? done : null);
  }

  private static Problem problem(VolumeProblem p) {
    return new Problem(p.getLine(), p.getCode(), p.getBates(), p.getMessage(), p.isBlocking());
  }

  private static Field field(MappedField f) {
    return new Field(f.getFileField(), f.getOurField());
  }
}
