package org.pincite.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.domain.shared.DomainRuleViolation;

/** A request that breaks one of the model's rules: 400 with the rule in words. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {
  @Override
  public Response toResponse(DomainRuleViolation e) {
    return ErrorBody.response(Response.Status.BAD_REQUEST, e.getMessage());
  }
}
