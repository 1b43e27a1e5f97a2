package org.pincite.service.view;

import java.time.LocalDate;
import org.pincite.domain.matter.Matter;

public record MatterSummary(
    long id, String caption, String docketNumber, String court, LocalDate filedOn)
    implements java.io.Serializable {
  public static MatterSummary of(Matter m) {
    return new MatterSummary(
        m.getId(), m.getCaption(), m.getDocketNumber(), m.getCourt(), m.getFiledOn());
  }
}
