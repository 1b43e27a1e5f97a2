package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.pincite.service.SearchService;

/**
 * {@code POST /api/search/reindex} (administrators): empties the search index and builds it again
 * from the database.
 */
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
