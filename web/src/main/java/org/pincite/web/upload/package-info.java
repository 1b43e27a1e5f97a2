/**
 * Uploads taken whole or not at all: {@link org.pincite.web.upload.MultipartForm} reads a
 * multipart/form-data body strictly (every declared byte and no more, the closing boundary, part
 * headers as UTF-8 with their file names exactly as sent) before anything reaches the ingest; an
 * upload that did not arrive whole is a {@link org.pincite.web.upload.MalformedUploadException}.
 */
package org.pincite.web.upload;
