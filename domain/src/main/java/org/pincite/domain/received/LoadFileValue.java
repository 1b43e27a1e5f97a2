package org.pincite.domain.received;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field of a load-file record as the producing party wrote it: its name and its value. */
@Embeddable
public class LoadFileValue {
  @Column(name = "field_name", nullable = false, length = 200)
  private String name;

  @Column(name = "field_value", nullable = false, length = 1_000_000)
  private String value;

  protected LoadFileValue() {}

  public LoadFileValue(String name, String value) {
    this.name = name.length() <= 200 ? name : name.substring(0, 200);
    this.value = value == null ? "" : value;
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }
}
