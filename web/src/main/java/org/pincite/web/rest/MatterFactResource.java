package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.FactService;
import org.pincite.service.StatementService;
import org.pincite.service.statement.Conflict;
import org.pincite.service.statement.StatementKind;
import org.pincite.service.statement.Unproven;
import org.pincite.service.view.FactView;

/**
 * A matter's facts and the papers made of them: {@code GET|POST /api/matters/{id}/facts}, {@code
 * GET /api/matters/{id}/separate-statement} and {@code .../statement-of-facts} (each with {@code
 * movingParty}, {@code claims=1,2}, {@code side=moving|opposing}, {@code format=docx|pdf}), {@code
 * GET /api/matters/{id}/unproven?party=} and {@code GET /api/matters/{id}/conflicts}.
 */
@Tag(name = "Fact")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters")
@RequestScoped
public class MatterFactResource {
  @Inject FactService factService;
  @Inject StatementService statementService;
  @Context UriInfo uri;

  @GET
  @Path("{id}/facts")
  @Produces(MediaType.APPLICATION_JSON)
  public List<FactView> list(@PathParam("id") long matterId) {
    return factService.list(matterId);
  }

  @POST
  @Path("{id}/facts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("id") long matterId, @NotNull FactBody body) {
    FactView made = factService.create(matterId, body.draft());
    return Response.created(uri.getBaseUriBuilder().path("facts/{id}").build(made.id()))
        .entity(made)
        .build();
  }

  @GET
  @Path("{id}/separate-statement")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    MediaType.APPLICATION_JSON
  })
  public Response separateStatement(
      @PathParam("id") long matterId,
      @QueryParam("movingParty") String movingParty,
      @QueryParam("claims") String claims,
      @QueryParam("side") String side,
      @QueryParam("format") @DefaultValue("pdf") String format) {
    return statement(matterId, movingParty, claims, side, format, StatementKind.SEPARATE_STATEMENT);
  }

  @GET
  @Path("{id}/statement-of-facts")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    MediaType.APPLICATION_JSON
  })
  public Response statementOfFacts(
      @PathParam("id") long matterId,
      @QueryParam("movingParty") String movingParty,
      @QueryParam("claims") String claims,
      @QueryParam("side") String side,
      @QueryParam("format") @DefaultValue("pdf") String format) {
    return statement(
        matterId, movingParty, claims, side, format, StatementKind.STATEMENT_OF_MATERIAL_FACTS);
  }

  @GET
  @Path("{id}/unproven")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Unproven> unproven(
      @PathParam("id") long matterId, @QueryParam("party") String party) {
    return factService.unproven(matterId, required("party", party));
  }

  @GET
  @Path("{id}/conflicts")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Conflict> conflicts(@PathParam("id") long matterId) {
    return factService.conflicts(matterId);
  }

  private Response statement(
      long matterId,
      String movingParty,
      String claims,
      String side,
      String format,
      StatementKind kind) {
    return ReportResource.download(
        statementService.file(
            matterId, required("movingParty", movingParty), ids(claims), kind, side, format));
  }

  private static long required(String name, String value) {
    Long id = QueryParams.number(name, value);
    if (id == null) {
      throw new BadRequestException(name + " is required: the id of a party to the matter");
    }
    return id;
  }

  /** "1,2,3" as ids; none when empty. */
  private static List<Long> ids(String list) {
    List<Long> out = new ArrayList<>();
    if (list != null) {
      for (String part : list.split(",")) {
        if (!part.isBlank()) {
          out.add(QueryParams.number("claims", part));
        }
      }
    }
    return out;
  }
}
