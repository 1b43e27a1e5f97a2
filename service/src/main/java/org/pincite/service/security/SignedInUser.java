package org.pincite.service.security;

import org.pincite.domain.user.Role;

/** Who passed the identity store: the name the server will know them by, and their role. */
public record SignedInUser(String username, Role role) {}
