package org.pincite.domain.received;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One field of a received load file and the field of Pincite's it is read as ("Beg Bates" as
 * BEGBATES); {@code ourField} null when it is only kept as the load file's own field.
 */
@Embeddable
public class MappedField {
  @Column(name = "file_field", nullable = false, length = 200)
  private String fileField;

  @Column(name = "our_field", length = 40)
  private String ourField;

  protected MappedField() {}

  public MappedField(String fileField, String ourField) {
    this.fileField = fileField.length() <= 200 ? fileField : fileField.substring(0, 200);
    this.ourField = ourField == null || ourField.isBlank() ? null : ourField;
  }

  public String getFileField() {
    return fileField;
  }

  public String getOurField() {
    return ourField;
  }
}
