/**
 * A whole matter as one archive, to move it between installations or keep it: its originals by
 * SHA-256, every page's text, parties, claims, documents, passages as W3C Web Annotations
 * (JSON-LD), the audit trail, the names of the users it mentions (never a credential) and a
 * manifest with every file's hash. The W3C selectors count Unicode code points where Pincite counts
 * UTF-16 units ({@link org.pincite.service.archive.CodePoints}).
 */
package org.pincite.service.archive;
