package org.pincite.service.store;

/** What the store answers after keeping a file: the hash it is filed under and its size. */
public record StoredBytes(String sha256, long size, boolean alreadyStored) {}
