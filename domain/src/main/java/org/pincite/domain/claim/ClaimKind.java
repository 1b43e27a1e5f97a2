package org.pincite.domain.claim;

/**
 * What a claim is in the pleadings: a count or defence at the top, its elements and allegations
 * below.
 */
public enum ClaimKind {
  COUNT("Count", true),
  DEFENCE("Defence", true),
  ELEMENT("Element", false),
  ALLEGATION("Allegation", false);

  private final String label;
  private final boolean topLevel;

  ClaimKind(String label, boolean topLevel) {
    this.label = label;
    this.topLevel = topLevel;
  }

  public String label() {
    return label;
  }

  public boolean isTopLevel() {
    return topLevel;
  }
}
