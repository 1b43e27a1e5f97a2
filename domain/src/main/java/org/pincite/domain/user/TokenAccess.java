package org.pincite.domain.user;

/** What an API token may do within what its owner may: read only, or read and change. */
public enum TokenAccess {
  READ_ONLY,
  READ_WRITE;

  public boolean mayChange() {
    return this == READ_WRITE;
  }
}
