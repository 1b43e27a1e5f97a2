package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.SearchService;

/**
 * {@code POST /api/search/reindex} (administrators): empties the search index and builds it again
 * from the database.
 */
@Tag(name = "SearchIndex")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("search/reindex")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {
  @Inject SearchService searchService;

  @POST
  public Map<String, Integer> rebuild() {
    return Map.of("indexed", searchService.rebuildIndex());
  }
}
