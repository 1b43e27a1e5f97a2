package org.pincite.web.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.service.error.StaleEditException;

/** Someone else saved first: 409, and the message says what to do. */
@Provider
public class StaleEditMapper implements ExceptionMapper<StaleEditException> {
  @Override
  public Response toResponse(StaleEditException e) {
    return conflict(e.getMessage());
  }

  static Response conflict(String message) {
    return ErrorBody.response(Response.Status.CONFLICT, message);
  }

  /**
   * Two saves at the same moment: the database's version check catches what the service could not.
   */
  @Provider
  public static class AtCommit implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return conflict(
          "Someone else saved this at the same moment. Your edit was not saved; reload and apply it again.");
    }
  }
}
