package org.pincite.service.view;

import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;

public record PartyView(long id, String name, PartyRole role) implements java.io.Serializable {
  public static PartyView of(Party p) {
    return new PartyView(p.getId(), p.getName(), p.getRole());
  }
}
