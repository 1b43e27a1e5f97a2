/**
 * The originals store: every file exactly as received, addressed by its SHA-256, written once and
 * checked against its hash whenever it is read; in a directory ({@link
 * org.pincite.service.store.LocalOriginalStore}, the default) or in S3-compatible object storage
 * that every server reads ({@link org.pincite.service.store.S3OriginalStore}).
 */
package org.pincite.service.store;
