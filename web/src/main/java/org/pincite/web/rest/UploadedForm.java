package org.pincite.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.util.logging.Logger;
import org.pincite.service.ingest.IngestException;
import org.pincite.web.upload.MultipartForm;

/**
 * A multipart upload read whole ({@link MultipartRequests}) with its part {@code file}: a body cut
 * short, longer than declared or without its closing boundary answers 400, one over the limit 413,
 * and nothing is stored.
 */
record UploadedForm(MultipartForm form, MultipartForm.Part file, String fileName) {
  private static final Logger LOG = Logger.getLogger(UploadedForm.class.getName());

  static UploadedForm read(HttpServletRequest request, long limit, String where)
      throws IOException {
    MultipartForm form;
    try {
      form = MultipartRequests.read(request, limit);
    } catch (BadRequestException e) {
      LOG.warning("Upload to " + where + " refused: " + e.getMessage());
      throw e;
    }
    MultipartForm.Part file =
        form.part("file")
            .orElseThrow(
                () -> new BadRequestException("Send the file as the multipart part named 'file'"));
    String fileName =
        file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
    if (file.content().length > limit) {
      throw IngestException.tooLarge(fileName, limit);
    }
    return new UploadedForm(form, file, fileName);
  }
}
