package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.OcrQueueService;
import org.pincite.service.view.QueuedDocument;

/** The extraction and OCR queue: what waits, for whom, since when, how far its OCR is. */
@Tag(name = "OCR queue")
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@Path("ocr")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OcrQueueResource {
  @Inject OcrQueueService ocrQueue;

  /** Administrators see the whole queue; everyone else the documents they asked to be read. */
  @GET
  @Path("queue")
  public List<QueuedDocument> queue() {
    return ocrQueue.queue();
  }
}
