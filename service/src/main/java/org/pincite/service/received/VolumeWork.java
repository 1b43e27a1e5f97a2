package org.pincite.service.received;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.received.ImportStatus;
import org.pincite.domain.received.MappedField;
import org.pincite.domain.received.ReceivedDocument;
import org.pincite.domain.received.ReceivedVolume;
import org.pincite.domain.received.ReceivedVolumeRepository;
import org.pincite.domain.received.VolumeNotImportable;
import org.pincite.domain.received.VolumeProblem;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.bates.MatterBatesNumbers;
import org.pincite.service.ingest.IngestService;
import org.pincite.service.loadfile.LoadFileEncoding;

/**
 * The work on a received volume, each step one transaction: checking it (the report), and
 * committing it, every record a document stored as any upload is (the original under its hash, its
 * family, its Bates range through {@link MatterBatesNumbers}, custodian, designation, email
 * headers, the load file's fields), all in the one transaction: a failure anywhere rolls back every
 * document of the volume. Runs for the caller who asked (the services check access first).
 */
@Stateless
public class VolumeWork {
  private static final Logger LOG = Logger.getLogger(VolumeWork.class.getName());

  @Inject ReceivedVolumeRepository volumes;
  @Inject VolumeArchives archives;
  @Inject MatterBatesNumbers numbers;
  @Inject VolumeJobs jobs;
  @EJB IngestService ingest;

  /** Checks a volume just uploaded (or still being checked when the server stopped). */
  public void validate(long volumeId) {
    ReceivedVolume v = volumes.find(volumeId).orElse(null);
    if (v == null || v.getStatus() != ImportStatus.VALIDATING) {
      return;
    }
    try {
      check(v, null);
    } catch (IOException | DomainRuleViolation e) {
      v.unreadable(e.getMessage());
      jobs.removeArchive(volumeId);
    }
  }

  /** Checks the volume again with the mapping as edited (file field → our field, "" for none). */
  public void check(ReceivedVolume v, Map<String, String> edited) throws IOException {
    long matterId = v.getMatter().getId();
    VolumeCheck.Result r =
        VolumeCheck.check(
            archives.files(v.getId()),
            edited,
            range ->
                numbers
                    .heldBy(matterId, range, null)
                    .map(
                        d ->
                            "document "
                                + d.getId()
                                + " '"
                                + d.getTitle()
                                + "'"
                                + d.getBates().map(b -> " (" + b.cite() + ")").orElse("")));
    v.checked(r.volumeName(), r.encoding(), r.records(), r.mapping(), r.problems());
  }

  /** The mapping a volume was checked with, as an edit to check it by again. */
  static Map<String, String> edits(List<MappedField> mapping) {
    Map<String, String> edited = new LinkedHashMap<>();
    for (MappedField f : mapping) {
      edited.putIfAbsent(f.getFileField(), f.getOurField() == null ? "" : f.getOurField());
    }
    return edited;
  }

  /**
   * Stores every record of a volume being committed; false when it is not (any more) being
   * committed. Throws (and the transaction rolls back) on the first record that cannot be stored.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean importVolume(long volumeId) {
    ReceivedVolume v = volumes.find(volumeId).orElse(null);
    if (v == null || v.getStatus() != ImportStatus.IMPORTING) {
      return false;
    }
    Map<String, byte[]> files;
    try {
      files = archives.files(volumeId);
    } catch (IOException e) {
      throw new UncheckedIOException("The volume could not be read again: " + e.getMessage(), e);
    }
    // The matter's numbers are checked document by document as each is numbered, below.
    VolumeCheck.Result r =
        VolumeCheck.check(files, edits(v.getMapping()), VolumeCheck.HeldNumbers.NONE);
    if (r.blocked()) {
      VolumeProblem first =
          r.problems().stream().filter(VolumeProblem::isBlocking).findFirst().get();
      throw new VolumeNotImportable(
          "The volume changed since it was checked: line "
              + first.getLine()
              + ": "
              + first.getMessage());
    }
    Matter matter = v.getMatter();
    Map<BatesNumber, Document> byBegin = new HashMap<>();
    int position = 0;
    for (PlannedDocument d : r.documents()) {
      Document parent = d.parent() == null ? null : byBegin.get(key(d.parent()));
      Document document = store(matter, parent, d, files, r.volumeName());
      byBegin.put(key(d.begin()), document);
      volumes.addDocument(
          new ReceivedDocument(
              v,
              document,
              position++,
              d.line(),
              d.range().begin().format(),
              d.range().end().format(),
              d.parent() == null ? null : d.parent().format(),
              d.fields()));
      jobs.stored(volumeId);
    }
    v.imported();
    LOG.info(
        () ->
            "Imported the volume "
                + r.volumeName()
                + " into "
                + matter.getDocketNumber()
                + ": "
                + r.documents().size()
                + " documents");
    return true;
  }

  private Document store(
      Matter matter,
      Document parent,
      PlannedDocument d,
      Map<String, byte[]> files,
      String production) {
    String bates = d.begin().format();
    List<String> pageTexts =
        d.textPath() == null
            ? null
            : PageTexts.split(
                LoadFileEncoding.decode(files.get(d.textPath())).text(), d.range().pageCount());
    byte[] content;
    String fileName;
    if (d.nativePath() != null) {
      content = files.get(d.nativePath());
      fileName = d.fileName() != null ? d.fileName() : leaf(d.nativePath());
    } else if (!d.imagePaths().isEmpty()) {
      List<byte[]> images = new ArrayList<>();
      d.imagePaths().forEach(p -> images.add(files.get(p)));
      try {
        content = PageImagesPdf.of(images);
      } catch (IOException e) {
        throw new DomainRuleViolation(
            "The page images of "
                + d.range().cite()
                + " (line "
                + d.line()
                + ") cannot be read: "
                + e.getMessage());
      }
      fileName =
          images.size() == 1 && PageImagesPdf.isPdf(images.get(0))
              ? leaf(d.imagePaths().get(0))
              : bates + ".pdf";
    } else {
      content = files.get(d.textPath());
      fileName = bates + ".txt";
    }
    IngestService.Received received =
        ingest.receive(
            matter, parent, fileName, typeOf(d), content, pageTexts == null, d.range().pageCount());
    Document document = received.document();
    if (pageTexts != null
        && (!received.existing() || document.getStatus() != ExtractionStatus.EXTRACTED)) {
      document.recordText(pageTexts);
    }
    numbers.number(document, d.range(), d.production() != null ? d.production() : production);
    document.recordCustodian(d.custodian());
    document.designate(d.confidentiality());
    if (d.from() != null || d.to() != null) {
      document.recordEmailHeaders(
          new EmailHeaders(d.from(), d.to(), d.cc(), d.sent(), d.subject(), null));
    }
    if (!received.existing()) {
      String title =
          d.subject() != null ? d.subject() : d.fileName() != null ? d.fileName() : bates;
      document.describe(
          title.length() > 1000 ? title.substring(0, 1000) : title,
          d.sent() == null ? null : d.sent().toLocalDate(),
          d.from() != null && d.from().length() <= 1000 ? d.from() : document.getAuthor(),
          document.getExhibitLabel());
    }
    return document;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static DocumentType typeOf(PlannedDocument d) {
    String t = d.docType() == null ? "" : d.docType().toLowerCase(Locale.ROOT);
    return t.contains("mail") || t.contains("message") ? DocumentType.EMAIL : null;
  }

  /** The commit failed and was rolled back: the volume says why. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failImport(long volumeId, String reason) {
    volumes
        .find(volumeId)
        .filter(v -> v.getStatus() == ImportStatus.IMPORTING)
        .ifPresent(v -> v.commitFailed(reason));
  }

  private static BatesNumber key(BatesNumber n) {
    return BatesNumber.of(n.prefix(), n.counter(), 15);
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
