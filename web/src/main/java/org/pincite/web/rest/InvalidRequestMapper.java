package org.pincite.web.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A request body that misses what the API needs: 400 naming each field and what is wrong with it.
 */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    String problems =
        e.getConstraintViolations().stream()
            .map(InvalidRequestMapper::describe)
            .sorted()
            .collect(Collectors.joining("; "));
    return ErrorBody.response(
        Response.Status.BAD_REQUEST, problems.isEmpty() ? "The request is not valid" : problems);
  }

  private static String describe(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    String field = path.substring(path.lastIndexOf('.') + 1);
    return field + ": " + v.getMessage();
  }
}
