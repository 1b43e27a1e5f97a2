package org.pincite.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.web.security.SendingPage;
import org.primefaces.csp.CspException;

/**
 * What a page shows when a service refuses, instead of a stack trace:
 *
 * <ul>
 *   <li>{@link NotFoundException} (which is also what another matter's object answers): the 404
 *       page; in an Ajax request, where the page stays, a message;
 *   <li>{@link DomainRuleViolation}, {@link StaleEditException}, {@link AccessDeniedException} (a
 *       role that may not do this): the page again with the message;
 *   <li>an expired or foreign view state ({@link ViewExpiredException}: the session timed out, or
 *       the server restarted, under an open page) and a PrimeFaces post without its page's nonce
 *       ({@link CspException}): back to the page the user was on, with a message. When the session
 *       is gone altogether the sign-in page has already taken over, and sends them back after.
 * </ul>
 *
 * Anything else goes on to Faces' own handler.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());
  static final String RELOADED =
      "This page had expired (you were away a while, or it was open from before the server"
          + " restarted), so it was loaded again: please repeat what you were doing.";
  static final String NO_NONCE =
      "The page was sent without its security token, so it was loaded again: check that what you"
          + " did took effect.";

  public PageExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
    while (queued.hasNext()) {
      ExceptionQueuedEvent event = queued.next();
      if (answer(faces, event.getContext().getException(), event.getContext().getPhaseId())) {
        queued.remove();
      }
    }
    getWrapped().handle();
  }

  /**
   * True when the exception (or what it wraps: Faces and EL wrap what a bean threw) was answered.
   */
  private static boolean answer(FacesContext faces, Throwable thrown, PhaseId phase) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException
          || phase == PhaseId.RESTORE_VIEW && faces.isPostback()) {
        // Expired, or from another session or server (MyFaces cannot even decode a foreign one).
        return reload(faces, RELOADED);
      }
      if (t instanceof CspException) {
        String why = t.getMessage();
        LOG.info(() -> "A post without its page's nonce: " + why);
        return reload(faces, NO_NONCE);
      }
      if (t instanceof NotFoundException) {
        return faces.getPartialViewContext().isAjaxRequest() && phase != PhaseId.RENDER_RESPONSE
            ? show(faces, t.getMessage())
            : NotFoundPage.send(faces, t.getMessage());
      }
      if (t instanceof DomainRuleViolation
          || t instanceof StaleEditException
          || t instanceof AccessDeniedException) {
        return phase != PhaseId.RENDER_RESPONSE && show(faces, t.getMessage());
      }
    }
    return false;
  }

  /** The message on the page as it is (the whole page, when an Ajax request asked for a part). */
  private static boolean show(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
    if (faces.getPartialViewContext().isAjaxRequest()) {
      faces.getPartialViewContext().setRenderAll(true);
    }
    faces.renderResponse();
    return true;
  }

  /** A fresh copy of the page the user was on, with {@code message}. */
  private static boolean reload(FacesContext faces, String message) {
    ExternalContext external = faces.getExternalContext();
    if (external.isResponseCommitted()) {
      return false;
    }
    NextPageMessages.add(faces, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    try {
      external.responseReset();
      external.redirect(pageTheUserWasOn((HttpServletRequest) external.getRequest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return true;
  }

  /** The page that sent the form, else the address posted to. */
  private static String pageTheUserWasOn(HttpServletRequest request) {
    return request.getContextPath()
        + SendingPage.of(request).orElseGet(() -> SendingPage.asked(request));
  }
}
