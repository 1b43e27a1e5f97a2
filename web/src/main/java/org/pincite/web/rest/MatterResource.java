package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pincite.service.MatterService;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.MatterSummary;

@Path("matters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatterResource {
  @Inject MatterService matterService;

  /** The matters: id, caption, docketNumber, court (and filedOn). */
  @GET
  public List<MatterSummary> list() {
    return matterService.listMatters();
  }

  /** One matter with its parties, claims tree and documents. */
  @GET
  @Path("{id}")
  public MatterDetail get(@PathParam("id") long id) {
    return matterService.matter(id);
  }
}
