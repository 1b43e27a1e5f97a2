package org.pincite.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.pincite.web.upload.MalformedUploadException;
import org.pincite.web.upload.MultipartForm;
import org.pincite.web.upload.UploadTooLargeException;

/**
 * A multipart request's body read whole ({@link MultipartForm}) for a resource: one cut short,
 * longer than declared or without its closing boundary answers 400, one over {@code limit} bytes
 * 413, and nothing of it is kept.
 */
final class MultipartRequests {
  private MultipartRequests() {}

  static MultipartForm read(HttpServletRequest request, long limit) throws IOException {
    try {
      return MultipartForm.read(
          request.getInputStream(),
          request.getContentType(),
          request.getContentLengthLong(),
          limit);
    } catch (MalformedUploadException e) {
      throw new BadRequestException(e.getMessage(), e);
    } catch (UploadTooLargeException e) {
      throw new WebApplicationException(
          e.getMessage(), e, Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
  }
}
