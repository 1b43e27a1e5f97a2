package org.pincite.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.web.upload.MultipartForm;

/**
 * Refuses an upload larger than PINCITE_MAX_UPLOAD_MB from its declared length, before a byte of it
 * is read (each file of the page's upload and each API upload is its own request). The services
 * check the size again for uploads that do not declare it. A page's upload (p:fileUpload, read
 * through the servlet's parts) that did not arrive whole, cut short, longer than declared or
 * without its closing boundary, is refused with 400 here, before Faces or the ingest see any of it;
 * the API reads its uploads itself ({@link org.pincite.web.upload.MultipartForm}).
 */
@WebFilter(filterName = "UploadSizeFilter", urlPatterns = "/*")
public class UploadSizeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UploadSizeFilter.class.getName());

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
    if ("POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase().startsWith("multipart/")
        && request.getServletPath().endsWith(".xhtml")) {
      try {
        // Liberty keeps the parts it read: PrimeFaces gets these same parts afterwards.
        request.getParts();
      } catch (IOException | ServletException | IllegalStateException e) {
        LOG.warning("A page's upload was refused: " + e.getMessage());
        response.setHeader("Connection", "close");
        Refusal.send(
            request,
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "The upload did not arrive whole (cut short, or without its closing boundary):"
                + " nothing was stored; send it again");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
