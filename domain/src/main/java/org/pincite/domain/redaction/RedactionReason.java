package org.pincite.domain.redaction;

/**
 * Why words are withheld from a produced page: the grounds a privilege log or a redaction log
 * states for each redaction.
 */
public enum RedactionReason {
  /** Attorney–client privilege. */
  PRIVILEGE("Attorney–client privilege"),
  /** Attorney work product (FRCP 26(b)(3)). */
  WORK_PRODUCT("Work product"),
  /** Personal information: social security and account numbers, medical details, minors. */
  PRIVACY("Personal information"),
  /** Trade secrets or other confidential commercial information. */
  TRADE_SECRET("Trade secret");

  private final String label;

  RedactionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
