package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.AnnotationService;
import org.pincite.service.ClaimService;
import org.pincite.service.MatterService;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.view.ClaimPassage;
import org.pincite.service.view.ClaimRow;
import org.pincite.service.view.MatterSummary;
import org.pincite.service.view.PartyView;
import org.primefaces.PrimeFaces;

/**
 * claims.xhtml: the matter's claims tree with how many passages support and refute each claim
 * (numbers and bars), the passages of one claim, passages orphaned by a new reading, and drafting
 * the tree: new claims, wording, order and nesting.
 */
@Named
@ViewScoped
public class ClaimsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the claim dialog is doing. */
  public enum Mode {
    ADD_BELOW,
    REWRITE,
    NEST
  }

  @Inject MatterService matterService;
  @Inject ClaimService claimService;
  @Inject AnnotationService annotationService;

  private Long matterId;
  private Long claimId;
  private MatterSummary matter;
  private List<PartyView> parties;
  private List<ClaimRow> rows;

  /** The largest count on the page: bars are drawn against it. */
  private long maxCount = 1;

  private List<ClaimPassage> passages;
  private ClaimRow shownClaim;
  private List<ClaimPassage> shownPassages = List.of();
  private String shownTitle;
  private List<ClaimPassage> orphans;

  private ClaimKind newKind = ClaimKind.COUNT;
  private Long newPartyId;
  private String newLabel;
  private String newText;

  private Mode mode;
  private long targetId;
  private ClaimKind childKind = ClaimKind.ELEMENT;
  private String label;
  private String text;
  private Long nestUnderId;

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    matter = matterService.summary(matterId);
    parties = matterService.parties(matterId);
    refresh();
    if (claimId != null) {
      passages = claimService.passages(matterId, claimId);
    }
  }

  private void refresh() {
    rows = claimService.tree(matterId);
    maxCount =
        Math.max(
            1,
            rows.stream()
                .mapToLong(r -> Math.max(r.supporting(), Math.max(r.refuting(), r.context())))
                .max()
                .orElse(1));
    orphans = annotationService.orphans(matterId);
  }

  /**
   * Opens, in place, the passages behind one number of the table: supporting or refuting, on the
   * claim itself or with its elements.
   */
  public void showPassages(long id, String stanceName, boolean withElements) {
    Stance stance = Stance.valueOf(stanceName);
    shownClaim = row(id);
    List<ClaimPassage> all =
        withElements
            ? claimService.passagesWithElements(matterId, id)
            : claimService.passages(matterId, id);
    shownPassages = all.stream().filter(p -> p.passage().stance() == stance).toList();
    shownTitle =
        (stance == Stance.SUPPORTS ? "Supporting “" : "Refuting “")
            + shownClaim.label()
            + (withElements ? "” with its elements" : "” (on the claim itself)");
  }

  public ClaimRow getShownClaim() {
    return shownClaim;
  }

  public List<ClaimPassage> getShownPassages() {
    return shownPassages;
  }

  public String getShownTitle() {
    return shownTitle;
  }

  public void addTopLevel() {
    act(
        () -> {
          if (newPartyId == null) {
            throw new DomainRuleViolation("Choose the party who asserts it");
          }
          claimService.addTopLevel(matterId, newKind, newPartyId, newLabel, newText);
          newLabel = null;
          newText = null;
        },
        "Added.");
  }

  public void move(long id, int direction) {
    act(() -> claimService.move(id, direction), null);
  }

  public void open(String what, long id) {
    mode = Mode.valueOf(what);
    targetId = id;
    ClaimRow row = row(id);
    label = mode == Mode.REWRITE ? row.label() : null;
    text = mode == Mode.REWRITE ? row.text() : null;
    nestUnderId = row.parentId();
  }

  public void saveDialog() {
    boolean ok =
        act(
            () -> {
              switch (mode) {
                case ADD_BELOW -> claimService.addChild(targetId, childKind, label, text);
                case REWRITE -> claimService.rewrite(targetId, label, text);
                case NEST -> {
                  if (nestUnderId == null) {
                    throw new DomainRuleViolation("Choose the claim to nest it under");
                  }
                  claimService.moveUnder(targetId, nestUnderId);
                }
              }
            },
            "Saved.");
    if (ok) {
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  private boolean act(Runnable change, String done) {
    try {
      change.run();
      if (done != null) {
        message(FacesMessage.SEVERITY_INFO, done);
      }
      refresh();
      return true;
    } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return false;
    } catch (jakarta.ejb.EJBException e) {
      // An edit that lost a race with another reviewer's (optimistic lock), or the like.
      message(
          FacesMessage.SEVERITY_ERROR,
          "The claims were changed by someone else meanwhile; reload the page and try again.");
      return false;
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public ClaimRow row(long id) {
    return rows.stream()
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("claim", id));
  }

  public String barWidth(long count) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * count / maxCount);
  }

  /** Claims the dialog's claim may nest under: any other than itself and those below it. */
  public List<ClaimRow> getNestTargets() {
    ClaimRow me = row(targetId);
    int at = rows.indexOf(me);
    int end = at + 1;
    while (end < rows.size() && rows.get(end).depth() > me.depth()) {
      end++;
    }
    int from = at, to = end;
    return java.util.stream.IntStream.range(0, rows.size())
        .filter(i -> i < from || i >= to)
        .mapToObj(rows::get)
        .toList();
  }

  public boolean isCanEdit() {
    return Caller.mayMark();
  }

  public String indent(ClaimRow c) {
    return "\u2003".repeat(c.depth());
  }

  public ClaimKind[] getTopKinds() {
    return new ClaimKind[] {ClaimKind.COUNT, ClaimKind.DEFENCE};
  }

  public ClaimKind[] getChildKinds() {
    return new ClaimKind[] {ClaimKind.ELEMENT, ClaimKind.ALLEGATION};
  }

  public ClaimRow getSelectedClaim() {
    return claimId == null || rows == null
        ? null
        : rows.stream().filter(r -> r.id() == claimId).findFirst().orElse(null);
  }

  public Long getMatterId() {
    return matterId;
  }

  public void setMatterId(Long matterId) {
    this.matterId = matterId;
  }

  public Long getClaimId() {
    return claimId;
  }

  public void setClaimId(Long claimId) {
    this.claimId = claimId;
  }

  public MatterSummary getMatter() {
    return matter;
  }

  public List<PartyView> getParties() {
    return parties;
  }

  public List<ClaimRow> getRows() {
    return rows;
  }

  public List<ClaimPassage> getPassages() {
    return passages;
  }

  public List<ClaimPassage> getOrphans() {
    return orphans;
  }

  public ClaimKind getNewKind() {
    return newKind;
  }

  public void setNewKind(ClaimKind newKind) {
    this.newKind = newKind;
  }

  public Long getNewPartyId() {
    return newPartyId;
  }

  public void setNewPartyId(Long newPartyId) {
    this.newPartyId = newPartyId;
  }

  public String getNewLabel() {
    return newLabel;
  }

  public void setNewLabel(String newLabel) {
    this.newLabel = newLabel;
  }

  public String getNewText() {
    return newText;
  }

  public void setNewText(String newText) {
    this.newText = newText;
  }

  public Mode getMode() {
    return mode;
  }

  public long getTargetId() {
    return targetId;
  }

  public ClaimKind getChildKind() {
    return childKind;
  }

  public void setChildKind(ClaimKind childKind) {
    this.childKind = childKind;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getNestUnderId() {
    return nestUnderId;
  }

  public void setNestUnderId(Long nestUnderId) {
    this.nestUnderId = nestUnderId;
  }
}
