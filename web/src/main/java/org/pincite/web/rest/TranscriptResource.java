package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.TranscriptService;
import org.pincite.service.view.TranscriptView;

/**
 * A transcript's particulars (kind, witness, date, volume, first page, trial day), how it is cited
 * and the exhibits its testimony names: {@code GET|PUT /api/documents/{id}/transcript}.
 */
@Tag(name = "Transcript")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@APIResponse(responseCode = "409", ref = PinciteApi.CONFLICT)
@Path("documents/{id}/transcript")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptResource {
  @Inject TranscriptService transcripts;

  @GET
  public TranscriptView get(@PathParam("id") long id) {
    return transcripts.transcript(id);
  }

  /** Particulars as the team corrects them; {@code version} as loaded refuses a stale edit. */
  public record DescribeTranscript(
      Long version,
      TranscriptKind kind,
      String witness,
      LocalDate takenOn,
      Integer volume,
      Integer firstPage,
      Integer trialDay) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public TranscriptView describe(@PathParam("id") long id, @NotNull DescribeTranscript request) {
    return transcripts.describe(
        id,
        request.version(),
        request.kind(),
        request.witness(),
        request.takenOn(),
        request.volume(),
        request.firstPage(),
        request.trialDay());
  }
}
