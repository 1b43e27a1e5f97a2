package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.pincite.service.ArchiveService;
import org.pincite.service.view.ArchiveImportView;
import org.primefaces.model.file.UploadedFile;

/**
 * matters.xhtml, for administrators: a matter archive (a {@code .pincite.zip} exported from this or
 * another installation) restored as a new matter, and its import followed until it is restored or
 * refused.
 */
@Named
@ViewScoped
public class ArchivesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ArchiveService archiveService;

  private transient UploadedFile file;
  private String docketNumber;
  private Long importId;
  private ArchiveImportView status;

  /** Starts the import of the chosen file; the page then follows it. */
  public void importArchive() {
    if (file == null || file.getSize() == 0) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "Choose a matter archive (.pincite.zip) first.",
                  null));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      status = archiveService.startImport(in, file.getFileName(), docketNumber);
      importId = status.id();
    } catch (IOException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "The archive could not be received: " + e.getMessage(),
                  null));
    }
  }

  /** The import's status now (the page polls it). */
  public ArchiveImportView getStatus() {
    if (importId != null && (status == null || !isFinished())) {
      status = archiveService.importStatus(importId);
    }
    return status;
  }

  public boolean isFinished() {
    return status != null
        && (status.status().equals("RESTORED") || status.status().equals("REFUSED"));
  }

  public void refresh() {
    status = archiveService.importStatus(importId);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getDocketNumber() {
    return docketNumber;
  }

  public void setDocketNumber(String docketNumber) {
    this.docketNumber = docketNumber;
  }
}
