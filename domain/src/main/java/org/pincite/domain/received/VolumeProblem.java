package org.pincite.domain.received;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a received volume's validation report: the load-file line (0 for the volume as a
 * whole), a stable code, the Bates number of the record concerned (null when none), what is wrong
 * in words, and whether it keeps the volume from being committed.
 */
@Embeddable
public class VolumeProblem {
  public static final int MAX_MESSAGE = 2000;

  @Column(name = "line_number", nullable = false)
  private int line;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(length = 200)
  private String bates;

  @Column(nullable = false, length = MAX_MESSAGE)
  private String message;

  @Column(nullable = false)
  private boolean blocking;

  protected VolumeProblem() {}

  public VolumeProblem(int line, String code, String bates, String message, boolean blocking) {
    this.line = Math.max(line, 0);
    this.code = code;
    this.bates = bates == null || bates.length() <= 200 ? bates : bates.substring(0, 200);
    this.message =
        message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    this.blocking = blocking;
  }

  public int getLine() {
    return line;
  }

  public String getCode() {
    return code;
  }

  public String getBates() {
    return bates;
  }

  public String getMessage() {
    return message;
  }

  public boolean isBlocking() {
    return blocking;
  }
}
