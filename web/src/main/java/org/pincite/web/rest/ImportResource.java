package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.received.ImportStateConflict;
import org.pincite.domain.received.VolumeNotImportable;
import org.pincite.service.received.ImportView;
import org.pincite.service.received.ReceivedProductions;

/**
 * Receiving a production: {@code POST /api/matters/{id}/imports} (multipart {@code file}: the
 * volume as a ZIP) → 202 {@code {id, status}}; {@code GET /api/imports/{id}} (the report); {@code
 * POST /api/imports/{id}/mapping} {@code {mapping: {"<file field>": "<our field>"}}} (checks it
 * again); {@code POST /api/imports/{id}/commit} (optionally with the same body) and {@code
 * .../cancel}. A commit of a volume with blocking problems answers 422, a commit twice or a cancel
 * after the commit 409.
 */
@Tag(name = "Received production")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@APIResponse(responseCode = "409", ref = PinciteApi.CONFLICT)
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
  @Inject ReceivedProductions productions;

  /** The body of a mapping or a commit: each file field and the field of ours it is ("" none). */
  public record MappingBody(Map<String, String> mapping) {}

  @GET
  @Path("{id}")
  public ImportView get(@PathParam("id") long id) {
    return productions.view(id);
  }

  @POST
  @Path("{id}/mapping")
  @Consumes(MediaType.APPLICATION_JSON)
  public ImportView remap(@PathParam("id") long id, MappingBody body) {
    if (body == null || body.mapping() == null) {
      throw new jakarta.ws.rs.BadRequestException(
          "Send {\"mapping\": {\"<file field>\": \"<our field>\"}}");
    }
    return productions.remap(id, body.mapping());
  }

  @POST
  @Path("{id}/commit")
  @APIResponse(responseCode = "202", description = "The commit runs; poll GET /api/imports/{id}")
  @APIResponse(responseCode = "422", ref = PinciteApi.BAD_REQUEST)
  public Response commit(@PathParam("id") long id, String body) {
    Map<String, String> mapping = null;
    if (body != null && !body.isBlank()) {
      mapping = MappingJson.read(body);
    }
    return Response.accepted(productions.commit(id, mapping)).build();
  }

  @POST
  @Path("{id}/cancel")
  public ImportView cancel(@PathParam("id") long id) {
    return productions.cancel(id);
  }

  /** A commit twice, a cancel after the commit: 409 with what happened. */
  @Provider
  public static class StateConflictMapper implements ExceptionMapper<ImportStateConflict> {
    @Override
    public Response toResponse(ImportStateConflict e) {
      return ErrorBody.response(Response.Status.CONFLICT, e.getMessage());
    }
  }

  /** A commit of a volume whose report has blocking problems: 422 with the first. */
  @Provider
  public static class NotImportableMapper implements ExceptionMapper<VolumeNotImportable> {
    @Override
    public Response toResponse(VolumeNotImportable e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON)
          .entity(new ErrorBody(e.getMessage()))
          .build();
    }
  }

  /** The optional body of a commit, read by hand: a commit may come without any body at all. */
  static final class MappingJson {
    private MappingJson() {}

    static Map<String, String> read(String body) {
      try (jakarta.json.JsonReader reader =
          jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        jakarta.json.JsonObject o = reader.readObject();
        if (!o.containsKey("mapping") || o.isNull("mapping")) {
          return null;
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        o.getJsonObject("mapping")
            .forEach(
                (k, v) ->
                    out.put(
                        k,
                        v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                            ? ((jakarta.json.JsonString) v).getString()
                            : v.getValueType() == jakarta.json.JsonValue.ValueType.NULL
                                ? ""
                                : v.toString()));
        return out;
      } catch (jakarta.json.JsonException | ClassCastException e) {
        throw new jakarta.ws.rs.BadRequestException(
            "The commit's body must be {\"mapping\": {\"<file field>\": \"<our field>\"}}: "
                + e.getMessage());
      }
    }
  }
}
