/**
 * A whole matter as one archive, to move it between installations or keep it: its originals by
 * SHA-256, every page's text, parties, claims, documents, passages as W3C Web Annotations
 * (JSON-LD), facts, designations, the audit trail, the names of the users it mentions (never a
 * credential) and a manifest with every file's hash ({@link
 * org.pincite.service.archive.MatterArchiveWriter}, from {@link
 * org.pincite.service.archive.ArchiveContents}); and the way back: {@link
 * org.pincite.service.archive.ArchiveCheck} checks an archive's hashes and quotes, {@link
 * org.pincite.service.archive.MatterRestore} restores it as a new matter in one transaction and
 * {@link org.pincite.service.archive.ArchiveRestorer} runs an import in the background. The W3C
 * selectors count Unicode code points where Pincite counts UTF-16 units ({@link
 * org.pincite.service.archive.CodePoints}).
 */
package org.pincite.service.archive;
