package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.SearchService;
import org.pincite.service.search.Suggestion;

/**
 * {@code GET /api/matters/{id}/claims/{claimId}/suggestions?limit=…}: pages not yet marked for the
 * claim that read like it, best first, each with the sentence to mark ({@code startOffset}, {@code
 * endOffset}, {@code quote}: post it to {@code /api/documents/{documentId}/annotations}).
 */
@Tag(name = "Suggestion")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters/{id}/claims/{claimId}/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {
  @Inject SearchService searchService;

  @GET
  public List<Suggestion> suggestions(
      @PathParam("id") long id,
      @PathParam("claimId") long claimId,
      @QueryParam("limit") @DefaultValue("10") String limit) {
    Long n = QueryParams.number("limit", limit);
    return searchService.suggestions(id, claimId, (int) Math.max(1, Math.min(n, 100)));
  }
}
