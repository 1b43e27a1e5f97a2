package org.pincite.web;

import java.io.Serializable;
import java.util.stream.Collectors;
import org.pincite.domain.fact.FactStatus;
import org.pincite.service.command.FactDraft;
import org.pincite.service.view.FactView;

/**
 * One fact as the facts page edits it in place: what a reviewer may type or choose (sentence, date
 * as typed, status, material, key), beside the fact as loaded.
 */
public class FactRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final FactView fact;
  private String text;
  private String date;
  private FactStatus status;
  private boolean material;
  private boolean key;

  FactRow(FactView fact) {
    this.fact = fact;
    this.text = fact.text();
    this.date = fact.date() == null ? "" : fact.date().typed();
    this.status = fact.status();
    this.material = fact.material();
    this.key = fact.key();
  }

  /** The draft the row's edits make, keeping the fact's claims and sources. */
  FactDraft draft() {
    return new FactDraft(
        text,
        FactDraft.DateDraft.parse(date),
        fact.claims().stream()
            .map(c -> new FactDraft.ClaimStance(c.claimId(), c.stance()))
            .toList(),
        status,
        material,
        key,
        fact.sources().stream()
            .map(s -> new FactDraft.SourceDraft(s.annotationId(), s.role()))
            .toList());
  }

  public FactView getFact() {
    return fact;
  }

  public String getClaimsText() {
    return fact.claims().stream()
        .map(c -> c.label() + " (" + c.stance().label().toLowerCase() + ")")
        .collect(Collectors.joining("; "));
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public FactStatus getStatus() {
    return status;
  }

  public void setStatus(FactStatus status) {
    this.status = status;
  }

  public boolean isMaterial() {
    return material;
  }

  public void setMaterial(boolean material) {
    this.material = material;
  }

  public boolean isKey() {
    return key;
  }

  public void setKey(boolean key) {
    this.key = key;
  }
}
