package org.pincite.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** What the signed-in user's role lets a page offer; the services check again whatever is done. */
final class Caller {
  private Caller() {}

  /**
   * Attorneys, paralegals and administrators mark passages, draft claims and add documents; viewers
   * read.
   */
  static boolean mayMark() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    return ec.isUserInRole("ADMIN") || ec.isUserInRole("ATTORNEY") || ec.isUserInRole("PARALEGAL");
  }
}
