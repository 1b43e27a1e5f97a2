package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pincite.domain.received.ImportStatus;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.MatterService;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.received.ImportField;
import org.pincite.service.received.ImportView;
import org.pincite.service.received.ReceivedProductions;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.view.MatterSummary;
import org.primefaces.event.FileUploadEvent;

/**
 * imports.xhtml: a matter's received productions: upload a volume, read its report (each problem
 * with its load-file line), adjust the field mapping, commit or cancel, and follow the commit.
 */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReceivedProductions productions;
  @Inject MatterService matterService;
  @Inject PinciteSettings settings;

  private Long matterId;
  private Long volumeId;
  private MatterSummary matter;
  private List<ImportView> volumes = List.of();
  private ImportView volume;
  private List<MappingChoice> mapping = new ArrayList<>();

  /**
   * One column of the DAT and the field of ours chosen for it ("" for none), as the form edits it.
   */
  public static final class MappingChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String fileField;
    private String ourField;

    MappingChoice(String fileField, String ourField) {
      this.fileField = fileField;
      this.ourField = ourField == null ? "" : ourField;
    }

    public String getFileField() {
      return fileField;
    }

    public String getOurField() {
      return ourField;
    }

    public void setOurField(String ourField) {
      this.ourField = ourField == null ? "" : ourField;
    }
  }

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    matter = matterService.summary(matterId);
    refresh();
  }

  /** Reads the matter's volumes and the one shown again (the poll calls it while work runs). */
  public void refresh() {
    volumes = productions.ofMatter(matterId);
    if (volumeId == null && !volumes.isEmpty()) {
      volumeId = volumes.get(0).id();
    }
    ImportStatus before = volume == null ? null : volume.status();
    volume = volumeId == null ? null : productions.view(volumeId);
    if (volume != null && (before != volume.status() || mapping.isEmpty())) {
      mapping = new ArrayList<>();
      volume.mapping().forEach(f -> mapping.add(new MappingChoice(f.fileField(), f.ourField())));
    }
  }

  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    try (InputStream in = event.getFile().getInputStream()) {
      ImportView sent = productions.upload(matterId, name, in.readAllBytes());
      volumeId = sent.id();
      mapping = new ArrayList<>();
      refresh();
    } catch (IngestException | DomainRuleViolation | AccessDeniedException e) {
      error(e.getMessage());
    } catch (IOException e) {
      error("'" + name + "' could not be received: " + e.getMessage());
    }
  }

  public void remap() {
    act(
        () -> productions.remap(volumeId, edited()),
        "The volume was checked again with the mapping.");
  }

  public void commit() {
    act(
        () -> productions.commit(volumeId, edited()),
        "The volume is being committed: its documents are stored all at once.");
  }

  public void cancel() {
    act(() -> productions.cancel(volumeId), "The volume was cancelled; nothing of it was stored.");
  }

  private void act(java.util.function.Supplier<ImportView> step, String done) {
    try {
      step.get();
      mapping = new ArrayList<>();
      refresh();
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (DomainRuleViolation | IngestException | AccessDeniedException e) {
      error(e.getMessage());
      refresh();
    }
  }

  private Map<String, String> edited() {
    Map<String, String> out = new LinkedHashMap<>();
    mapping.forEach(m -> out.put(m.getFileField(), m.getOurField()));
    return out;
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /** Whether the shown volume is being checked or committed (the page polls then). */
  public boolean isWorking() {
    return volume != null
        && (volume.status() == ImportStatus.VALIDATING
            || volume.status() == ImportStatus.IMPORTING);
  }

  public boolean isDecidable() {
    return volume != null && volume.status() == ImportStatus.VALIDATED;
  }

  /** What the volume is doing, in words (the page's live status line). */
  public String getProgress() {
    if (volume == null) {
      return "";
    }
    return switch (volume.status()) {
      case VALIDATING -> "Checking the volume…";
      case VALIDATED ->
          volume.blockingProblems() == 0
              ? "Checked: " + volume.records() + " records; ready to commit."
              : "Checked: " + volume.blockingProblems() + " problems keep it from being committed.";
      case IMPORTING ->
          "Committing: "
              + (volume.documentsDone() == null ? 0 : volume.documentsDone())
              + " of "
              + volume.records()
              + " documents stored (kept only once all are).";
      case IMPORTED -> "Imported: " + volume.documents().size() + " documents.";
      case CANCELLED -> "Cancelled; nothing of it was stored.";
      case FAILED -> "Failed: " + volume.failure();
    };
  }

  public List<String> getFieldChoices() {
    List<String> choices = new ArrayList<>();
    choices.add("");
    Arrays.stream(ImportField.values()).map(Enum::name).forEach(choices::add);
    return choices;
  }

  public long getUploadLimitBytes() {
    return settings.maxUploadBytes();
  }

  public Long getMatterId() {
    return matterId;
  }

  public void setMatterId(Long matterId) {
    this.matterId = matterId;
  }

  public Long getVolumeId() {
    return volumeId;
  }

  public void setVolumeId(Long volumeId) {
    this.volumeId = volumeId;
  }

  public MatterSummary getMatter() {
    return matter;
  }

  public List<ImportView> getVolumes() {
    return volumes;
  }

  public ImportView getVolume() {
    return volume;
  }

  public List<MappingChoice> getMapping() {
    return mapping;
  }
}
