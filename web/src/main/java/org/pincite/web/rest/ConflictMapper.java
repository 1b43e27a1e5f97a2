package org.pincite.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.domain.bates.BatesNumberTaken;
import org.pincite.domain.production.ProductionStateException;

/**
 * 409 for a request the current state refuses: a Bates number the matter already gave, a production
 * that cannot run or is not done yet, a production name taken.
 */
public final class ConflictMapper {
  private ConflictMapper() {}

  @Provider
  public static class BatesTaken implements ExceptionMapper<BatesNumberTaken> {
    @Override
    public Response toResponse(BatesNumberTaken e) {
      return ErrorBody.response(Response.Status.CONFLICT, e.getMessage());
    }
  }

  @Provider
  public static class ProductionState implements ExceptionMapper<ProductionStateException> {
    @Override
    public Response toResponse(ProductionStateException e) {
      return ErrorBody.response(Response.Status.CONFLICT, e.getMessage());
    }
  }
}
