package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.BackupService;
import org.pincite.service.backup.OnlineBackup;

/**
 * {@code POST /api/backups}: a consistent backup of the running installation (administrators),
 * answered 201 with where it went and what it holds.
 */
@Tag(name = "Backup")
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
  @Inject BackupService backupService;

  @POST
  public Response backup() {
    OnlineBackup.Taken taken = backupService.backup();
    return Response.status(Response.Status.CREATED)
        .entity(
            Map.of(
                "directory", taken.directory().toString(),
                "database", taken.database(),
                "databaseFile", taken.databaseFile().getFileName().toString(),
                "originals", taken.originals(),
                "bytes", taken.bytes(),
                "millis", taken.millis()))
        .build();
  }
}
