package org.pincite.domain.user;

/**
 * What a user may do. Every role sees only the matters the user is on, except ADMIN, who manages
 * users and matters and sees them all.
 */
public enum Role {
  ADMIN("Administrator", true, true, true),
  ATTORNEY("Attorney", true, true, false),
  PARALEGAL("Paralegal", true, true, false),
  VIEWER("Viewer", false, false, false);

  /** Names for @RolesAllowed and web.xml, which need constants. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String ATTORNEY_NAME = "ATTORNEY";
  public static final String PARALEGAL_NAME = "PARALEGAL";
  public static final String VIEWER_NAME = "VIEWER";

  private final String label;
  private final boolean mayAnnotate;
  private final boolean mayUpload;
  private final boolean seesEveryMatter;

  Role(String label, boolean mayAnnotate, boolean mayUpload, boolean seesEveryMatter) {
    this.label = label;
    this.mayAnnotate = mayAnnotate;
    this.mayUpload = mayUpload;
    this.seesEveryMatter = seesEveryMatter;
  }

  public String label() {
    return label;
  }

  public boolean mayAnnotate() {
    return mayAnnotate;
  }

  public boolean mayUpload() {
    return mayUpload;
  }

  public boolean seesEveryMatter() {
    return seesEveryMatter;
  }
}
