package org.pincite.domain.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * What a party must or wants to prove. A tree: counts and defences at the top, elements and
 * allegations below them, ordered among their siblings. A claim never becomes its own ancestor.
 */
@Entity
@Audited
@Table(name = "claim")
public class Claim {
  public static final int MAX_LABEL = 300;
  public static final int MAX_TEXT = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
  @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Claim parent;

  @OneToMany(mappedBy = "parent", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Claim> children = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ClaimKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "asserted_by_id")
  private Party assertedBy;

  @Column(nullable = false, length = MAX_LABEL)
  private String label;

  @Column(name = "full_text", length = MAX_TEXT)
  private String text;

  @Column(nullable = false)
  private int position;

  protected Claim() {}

  private Claim(
      Matter matter, Claim parent, ClaimKind kind, Party assertedBy, String label, String text) {
    this.matter = Require.present(matter, "Matter");
    this.kind = Require.present(kind, "Claim kind");
    this.assertedBy = Require.present(assertedBy, "Asserting party");
    if (!assertedBy.getMatter().equals(matter)) {
      throw new DomainRuleViolation(
          assertedBy.getName() + " is not a party to " + matter.getDocketNumber());
    }
    this.label = Require.text(label, "Claim label", MAX_LABEL);
    this.text = Require.optionalText(text, "Claim text", MAX_TEXT);
    this.parent = parent;
  }

  /**
   * A count or defence at the top of the matter's tree. {@code position} orders it among the other
   * top-level claims.
   */
  public static Claim topLevel(
      ClaimKind kind, Party assertedBy, String label, String text, int position) {
    if (kind == null || !kind.isTopLevel()) {
      throw new DomainRuleViolation(
          "Only a count or a defence can stand at the top of the claims tree");
    }
    Claim claim = new Claim(assertedBy.getMatter(), null, kind, assertedBy, label, text);
    claim.position = position;
    return claim;
  }

  /**
   * Adds an element or allegation under this claim, asserted by the same party, after its siblings.
   */
  public Claim addChild(ClaimKind kind, String label, String text) {
    if (kind == null || kind.isTopLevel()) {
      throw new DomainRuleViolation("Only elements and allegations can stand below a claim");
    }
    Claim child = new Claim(matter, this, kind, assertedBy, label, text);
    child.position = children.size();
    children.add(child);
    return child;
  }

  /**
   * Moves this element under another claim of the same matter, as its last child. Refuses to make
   * the claim its own ancestor.
   */
  public void moveUnder(Claim newParent) {
    Require.present(newParent, "New parent claim");
    if (kind.isTopLevel()) {
      throw new DomainRuleViolation(
          "A " + kind.label().toLowerCase() + " stays at the top of the tree");
    }
    if (!newParent.getMatter().equals(matter)) {
      throw new DomainRuleViolation("A claim can only move within its own matter");
    }
    if (newParent == this || isAncestorOf(newParent)) {
      throw new ClaimCycleException(
          "'"
              + label
              + "' cannot be moved under '"
              + newParent.getLabel()
              + "': it would become its own ancestor");
    }
    if (parent != null) {
      parent.release(this);
    }
    parent = newParent;
    newParent.adopt(this);
  }

  /**
   * Swaps places with a sibling: another claim under the same parent, or another count or defence
   * at the top of the same matter. How the tree reads (and the reports list) follows the order.
   */
  public void swapPlaceWith(Claim sibling) {
    Require.present(sibling, "Sibling claim");
    Claim myParent = getParent().orElse(null);
    Claim theirParent = sibling.getParent().orElse(null);
    boolean siblings =
        (myParent == null ? theirParent == null : same(myParent, theirParent))
            && sibling.getMatter().equals(matter);
    if (!siblings || same(sibling, this)) {
      throw new DomainRuleViolation(
          "'"
              + label
              + "' and '"
              + sibling.getLabel()
              + "' are not side by side in the claims tree");
    }
    if (myParent != null) {
      myParent.swapChildren(this, sibling);
    } else {
      int mine = position;
      position = sibling.position;
      sibling.position = mine;
    }
  }

  // Not private: called on the parent, which may be a lazy proxy that only forwards overridable
  // methods.
  void swapChildren(Claim a, Claim b) {
    int i = children.indexOf(a);
    int j = children.indexOf(b);
    if (i < 0 || j < 0) {
      throw new DomainRuleViolation(
          "'" + a.getLabel() + "' and '" + b.getLabel() + "' are not both below '" + label + "'");
    }
    Collections.swap(children, i, j);
    renumberChildren();
  }

  /**
   * The same claim, whether either is a lazy proxy (equal ids) or not yet stored (the same object).
   */
  private static boolean same(Claim a, Claim b) {
    return a == b || (a != null && b != null && a.getId() != null && a.getId().equals(b.getId()));
  }

  /** True when {@code other} lies somewhere below this claim. */
  public boolean isAncestorOf(Claim other) {
    // Through getters: the claims above may be lazy proxies whose fields are empty.
    for (Claim c = other == null ? null : other.getParent().orElse(null);
        c != null;
        c = c.getParent().orElse(null)) {
      if (same(c, this)) {
        return true;
      }
    }
    return false;
  }

  public void rewrite(String newLabel, String newText) {
    this.label = Require.text(newLabel, "Claim label", MAX_LABEL);
    this.text = Require.optionalText(newText, "Claim text", MAX_TEXT);
  }

  /**
   * Takes this claim out of the tree before it is removed: refuses while elements or allegations
   * stand below it, so that removing a claim never removes more than the reviewer sees.
   */
  public void withdraw() {
    if (!children.isEmpty()) {
      throw new DomainRuleViolation(
          "'"
              + label
              + "' has "
              + children.size()
              + (children.size() == 1 ? " claim" : " claims")
              + " below it: remove or move "
              + (children.size() == 1 ? "it" : "them")
              + " first");
    }
    getParent().ifPresent(p -> p.release(this));
  }

  void adopt(Claim child) {
    child.position = children.size();
    children.add(child);
  }

  void release(Claim child) {
    children.remove(child);
    renumberChildren();
  }

  private void renumberChildren() {
    for (int i = 0; i < children.size(); i++) {
      children.get(i).position = i;
    }
  }

  /** The claim and every claim below it, depth first in sibling order. */
  public List<Claim> selfAndDescendants() {
    List<Claim> all = new ArrayList<>();
    all.add(this);
    for (Claim child : children) {
      all.addAll(child.selfAndDescendants());
    }
    return all;
  }

  public Long getId() {
    return id;
  }

  public Matter getMatter() {
    return matter;
  }

  public Optional<Claim> getParent() {
    return Optional.ofNullable(parent);
  }

  public List<Claim> getChildren() {
    return Collections.unmodifiableList(children);
  }

  public ClaimKind getKind() {
    return kind;
  }

  public Party getAssertedBy() {
    return assertedBy;
  }

  public String getLabel() {
    return label;
  }

  public String getText() {
    return text;
  }

  public int getPosition() {
    return position;
  }

  @Override
  public String toString() {
    return kind.label() + ": " + label;
  }
}
