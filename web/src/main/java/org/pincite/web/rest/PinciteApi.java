package org.pincite.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /api. Its OpenAPI document is served at /openapi (the UI at /openapi/ui); the
 * error answers every operation may give are declared once here and referenced by the resources.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pincite API",
            version = "1",
            description =
                "Matters, documents, passages, claims, reports, search and chronology. Errors come"
                    + " back as {\"error\": \"…\"}."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")},
    components =
        @Components(
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = "basic",
                  type = SecuritySchemeType.HTTP,
                  scheme = "basic"),
              @SecurityScheme(
                  securitySchemeName = "token",
                  type = SecuritySchemeType.HTTP,
                  scheme = "bearer",
                  description = "A personal API token (POST /api/tokens)")
            },
            responses = {
              @APIResponse(
                  name = PinciteApi.BAD_REQUEST,
                  responseCode = "400",
                  description =
                      "The request breaks a rule or cannot be read; the message names the field",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class))),
              @APIResponse(
                  name = PinciteApi.UNAUTHORIZED,
                  responseCode = "401",
                  description = "Not signed in",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class))),
              @APIResponse(
                  name = PinciteApi.FORBIDDEN,
                  responseCode = "403",
                  description = "The role does not allow it, or a missing CSRF token",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class))),
              @APIResponse(
                  name = PinciteApi.NOT_FOUND,
                  responseCode = "404",
                  description = "No such object, or one in a matter the caller is not on",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class))),
              @APIResponse(
                  name = PinciteApi.CONFLICT,
                  responseCode = "409",
                  description = "An edit over someone else's newer one",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class))),
              @APIResponse(
                  name = PinciteApi.TOO_MANY_ATTEMPTS,
                  responseCode = "429",
                  description =
                      "Too many failed password attempts: refused unchecked; Retry-After says when"
                          + " to try again",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class)))
            }))
public class PinciteApi extends Application {
  static final String BAD_REQUEST = "BadRequest";
  static final String UNAUTHORIZED = "Unauthorized";
  static final String FORBIDDEN = "Forbidden";
  static final String NOT_FOUND = "NotFound";
  static final String CONFLICT = "Conflict";
  static final String TOO_MANY_ATTEMPTS = "TooManyAttempts";
}
