package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.domain.matter.Party;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.DesignationKind;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.domain.transcript.TranscriptRepository;
import org.pincite.domain.user.Role;
import org.pincite.service.command.Designate;
import org.pincite.service.command.PassageSelection;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.transcript.DesignationExchange;
import org.pincite.service.transcript.DesignationRow;
import org.pincite.service.transcript.ExhibitMentions;
import org.pincite.service.transcript.TranscriptCite;
import org.pincite.service.view.AnnotationView;
import org.pincite.service.view.DesignationView;
import org.pincite.service.view.TranscriptView;

/**
 * Transcripts: their particulars (read from the caption, corrected by the team), the exhibits their
 * testimony names, and the parties' designations of their lines with objections and rulings,
 * exported and imported as the CSV review tools exchange.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class TranscriptService {
  @Inject DocumentRepository documents;
  @Inject TranscriptRepository transcripts;
  @Inject MatterAccess access;
  @EJB AnnotationService annotations;

  public TranscriptView transcript(long documentId) {
    Document d = access.visibleDocument(documentId);
    return view(d, transcriptOf(d));
  }

  /** Sets a transcript's particulars; a document typed otherwise becomes a transcript. */
  public TranscriptView describe(
      long documentId,
      Long loadedVersion,
      TranscriptKind kind,
      String witness,
      LocalDate takenOn,
      Integer volume,
      Integer firstPage,
      Integer trialDay) {
    Document d = access.editableDocument(documentId);
    Transcript t = transcripts.find(documentId).orElse(null);
    if (t == null) {
      if (!d.isLineNumbered()) {
        throw new DomainRuleViolation(
            "'" + d.getTitle() + "' has no numbered lines, so it cannot be cited as a transcript");
      }
      d.reclassify(org.pincite.domain.document.DocumentKind.EVIDENCE, DocumentType.TRANSCRIPT);
      t = transcripts.add(new Transcript(d, kind == null ? TranscriptKind.DEPOSITION : kind));
    } else if (loadedVersion != null && loadedVersion != t.getVersion()) {
      throw new StaleEditException(
          "This transcript's particulars were changed after you opened them; reload to see them");
    }
    int newFirstPage = firstPage == null ? t.getFirstPage() : firstPage;
    // The printed pages move with the first page: volume 2 goes on from volume 1.
    d.shiftPrintedPages(newFirstPage - t.getFirstPage());
    t.describe(
        kind == null ? t.getKind() : kind,
        witness,
        takenOn,
        volume == null ? t.getVolume() : volume,
        newFirstPage,
        trialDay);
    return view(d, t);
  }

  private Transcript transcriptOf(Document d) {
    return transcripts
        .find(d.getId())
        .orElseThrow(() -> new NotFoundException("transcript of document", d.getId()));
  }

  private TranscriptView view(Document d, Transcript t) {
    String name =
        TranscriptCite.transcriptName(
            t.getKind(), t.getWitness(), t.getTrialDay(), t.getVolume(), t.getFirstPage() == 1);
    return new TranscriptView(
        d.getId(),
        t.getVersion(),
        t.getKind(),
        t.getWitness(),
        t.getTakenOn(),
        t.getVolume(),
        t.getFirstPage(),
        t.getTrialDay(),
        name,
        exhibits(d));
  }

  /** The exhibits named in the testimony, each once, linked by exhibit label. */
  private List<TranscriptView.ExhibitView> exhibits(Document transcript) {
    Map<String, Document> byLabel = new HashMap<>();
    for (Document other : documents.findByMatter(transcript.getMatter().getId())) {
      ExhibitMentions.key(other.getExhibitLabel()).ifPresent(k -> byLabel.putIfAbsent(k, other));
    }
    Map<String, TranscriptView.ExhibitView> found = new java.util.LinkedHashMap<>();
    for (Page page : transcript.getPages()) {
      for (ExhibitMentions.Mention m : ExhibitMentions.find(page.getText(), page.getLines())) {
        String key = ExhibitMentions.key(m.label()).orElse(m.label());
        if (found.containsKey(key)) {
          continue;
        }
        Document linked = byLabel.get(key);
        String at = m.line() != null ? m.line().pageLine() : "page " + page.getNumber();
        found.put(
            key,
            new TranscriptView.ExhibitView(
                "Exhibit " + m.label(),
                at,
                linked == null ? null : linked.getId(),
                linked == null ? null : linked.getTitle()));
      }
    }
    return List.copyOf(found.values());
  }

  public List<DesignationView> designations(long documentId) {
    Document d = access.visibleDocument(documentId);
    return transcripts.designations(d.getId()).stream().map(TranscriptService::view).toList();
  }

  public DesignationView designate(long documentId, Designate request) {
    Document d = access.editableDocument(documentId);
    transcriptOf(d);
    Designation designation = transcripts.add(designation(d, request));
    return view(designation);
  }

  private Designation designation(Document d, Designate request) {
    Designation designation =
        new Designation(
            d,
            party(d, request.party()),
            kind(request.kind()),
            request.pageFrom(),
            request.lineFrom(),
            request.pageTo(),
            request.lineTo(),
            access.callerName());
    designation.objectTo(request.objection());
    designation.rule(request.ruling());
    return designation;
  }

  public DesignationView restate(long designationId, Long loadedVersion, Designate request) {
    Designation designation = editableDesignation(designationId);
    if (loadedVersion != null && loadedVersion != designation.getVersion()) {
      throw new StaleEditException(
          "This designation was changed after you opened it; reload to see the change");
    }
    designation.restate(
        party(designation.getDocument(), request.party()),
        kind(request.kind()),
        request.pageFrom(),
        request.lineFrom(),
        request.pageTo(),
        request.lineTo());
    designation.objectTo(request.objection());
    designation.rule(request.ruling());
    return view(designation);
  }

  /**
   * Marks the designated lines as a passage for claims: from the first designated line's first word
   * to the last one's last word.
   */
  public AnnotationView markAsPassage(
      long designationId, Stance stance, Collection<Long> claimIds, String note) {
    Designation designation = editableDesignation(designationId);
    Document d = designation.getDocument();
    int[] from = locate(d, designation.getPageFrom(), designation.getLineFrom(), true);
    int[] to = locate(d, designation.getPageTo(), designation.getLineTo(), false);
    return annotations.mark(
        d.getId(),
        new PassageSelection(from[0], from[1], to[0], to[1], null),
        stance,
        claimIds,
        note);
  }

  /** The stored page and offset where printed line {@code page:line} starts (or ends). */
  private static int[] locate(Document d, int page, int line, boolean start) {
    for (Page p : d.getPages()) {
      for (NumberedLine l : p.getLines()) {
        if (l.getPrintedPage() == page && l.getNumber() == line) {
          return new int[] {p.getNumber(), start ? l.getStart() : l.getEnd()};
        }
      }
    }
    throw new DomainRuleViolation(
        "The transcript has no line " + page + ":" + line + " to mark as a passage");
  }

  public void remove(long designationId) {
    transcripts.remove(editableDesignation(designationId));
  }

  private Designation editableDesignation(long id) {
    Designation designation =
        transcripts.findDesignation(id).orElseThrow(() -> new NotFoundException("designation", id));
    access.editableDocument(designation.getDocument().getId());
    return designation;
  }

  /** The transcript's designations as the CSV review tools exchange. */
  public byte[] designationsCsv(long documentId) {
    return DesignationExchange.csv(rows(access.visibleDocument(documentId)));
  }

  public byte[] designationsDocx(long documentId) {
    Document d = access.visibleDocument(documentId);
    return DesignationExchange.docx(d.getTitle(), d.getMatter().getCaption(), rows(d));
  }

  /** Takes every row of a designation CSV, or none when one cannot be taken (with its row). */
  public List<DesignationView> importCsv(long documentId, byte[] csv) {
    Document d = access.editableDocument(documentId);
    transcriptOf(d);
    List<DesignationRow> rows = DesignationExchange.readCsv(csv);
    List<Designation> made = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      DesignationRow r = rows.get(i);
      try {
        made.add(
            designation(
                d,
                new Designate(
                    r.party(),
                    r.designation(),
                    r.pageFrom(),
                    r.lineFrom(),
                    r.pageTo(),
                    r.lineTo(),
                    r.objection(),
                    r.ruling())));
      } catch (DomainRuleViolation e) {
        throw new DomainRuleViolation("Row " + (i + 2) + ": " + e.getMessage());
      }
    }
    return made.stream().map(transcripts::add).map(TranscriptService::view).toList();
  }

  private List<DesignationRow> rows(Document d) {
    String name =
        transcripts
            .find(d.getId())
            .map(
                t ->
                    TranscriptCite.transcriptName(
                        t.getKind(),
                        t.getWitness(),
                        t.getTrialDay(),
                        t.getVolume(),
                        t.getFirstPage() == 1))
            .orElse(d.getTitle());
    return transcripts.designations(d.getId()).stream()
        .map(
            x ->
                new DesignationRow(
                    name,
                    x.getPageFrom(),
                    x.getLineFrom(),
                    x.getPageTo(),
                    x.getLineTo(),
                    x.getKind().label(),
                    x.getParty().getName(),
                    x.getObjection(),
                    x.getRuling()))
        .toList();
  }

  private static Party party(Document d, String name) {
    if (name == null || name.isBlank()) {
      throw new DomainRuleViolation("Name the party that designates the lines");
    }
    Optional<Party> party =
        d.getMatter().getParties().stream()
            .filter(p -> p.getName().equalsIgnoreCase(name.strip()))
            .findFirst();
    return party.orElseThrow(
        () ->
            new DomainRuleViolation(
                "'"
                    + name.strip()
                    + "' is not a party of this matter (its parties: "
                    + String.join(
                        ", ", d.getMatter().getParties().stream().map(Party::getName).toList())
                    + ")"));
  }

  private static DesignationKind kind(String text) {
    if (text == null || text.isBlank()) {
      return DesignationKind.DESIGNATION;
    }
    return DesignationKind.parse(text)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "'" + text + "' is no kind of designation (Designation, Counter-designation)"));
  }

  private static DesignationView view(Designation d) {
    return DesignationView.of(
        d,
        new TranscriptCite.LineRange(d.getPageFrom(), d.getLineFrom(), d.getPageTo(), d.getLineTo())
            .pageLines());
  }
}
