package org.pincite.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.web.upload.MultipartForm;

/**
 * Refuses an upload larger than PINCITE_MAX_UPLOAD_MB from its declared length, before a byte of it
 * is read (each file of the page's upload and each API upload is its own request). The services
 * check the size again for uploads that do not declare it.
 */
@WebFilter(filterName = "UploadSizeFilter", urlPatterns = "/*")
public class UploadSizeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject PinciteSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    long limit = settings.maxUploadBytes();
    if ("POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase().startsWith("multipart/")
        && request.getContentLengthLong() > limit + MultipartForm.ENVELOPE) {
      String message = "The file is " + IngestException.overLimit(limit);
      response.setHeader("Connection", "close");
      Refusal.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message);
      return;
    }
    chain.doFilter(request, response);
  }
}
