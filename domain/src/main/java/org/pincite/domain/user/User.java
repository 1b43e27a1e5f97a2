package org.pincite.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A person who signs in to Pincite: a user name (the natural id), a role and the matters they are
 * on. The password is kept only as a salted PBKDF2 hash computed outside the domain.
 */
@Entity
@Table(name = "app_user")
public class User {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 63)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // Removal is soft: the name stays taken, so that the audit trail's names keep meaning this user.
  @Column(name = "removed_at")
  private Instant removedAt;

  @ManyToMany
  @JoinTable(
      name = "matter_member",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "matter_id"))
  private Set<Matter> matters = new LinkedHashSet<>();

  protected User() {}

  public User(String username, String displayName, Role role, String passwordHash) {
    String name = Require.text(username, "User name", 63).toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(name).matches()) {
      throw new DomainRuleViolation(
          "A user name has 2 to 63 lower-case letters, digits, dots, dashes or underscores: '"
              + username
              + "' does not");
    }
    this.username = name;
    this.displayName = Require.text(displayName, "Display name", 200);
    this.role = Require.present(role, "Role");
    this.passwordHash = Require.text(passwordHash, "Password hash", 500);
    this.createdAt = Instant.now();
  }

  /** Puts the user on a matter: they will see it and work in it as their role allows. */
  public void joinMatter(Matter matter) {
    matters.add(Require.present(matter, "Matter"));
  }

  public void leaveMatter(Matter matter) {
    matters.remove(matter);
  }

  /** Whether the user may see the matter at all. */
  public boolean mayAccess(Matter matter) {
    return enabled && (role.seesEveryMatter() || matters.contains(matter));
  }

  public void changePassword(String newHash) {
    this.passwordHash = Require.text(newHash, "Password hash", 500);
  }

  public void changeRole(Role newRole) {
    this.role = Require.present(newRole, "Role");
  }

  /** Stops the user's sign-ins, sessions and tokens at once; {@link #enable} lets them in again. */
  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    if (removedAt != null) {
      throw new DomainRuleViolation(
          "The user '" + username + "' was removed; a removed user cannot be enabled again");
    }
    this.enabled = true;
  }

  /**
   * Removes the user for good: disabled, off every matter, and no longer listed; the name stays
   * taken so that the audit trail's names still mean this user.
   */
  public void remove() {
    if (removedAt != null) {
      throw new DomainRuleViolation("The user '" + username + "' was already removed");
    }
    this.enabled = false;
    this.matters.clear();
    this.removedAt = Instant.now();
  }

  public boolean isRemoved() {
    return removedAt != null;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Matter> getMatters() {
    return Collections.unmodifiableSet(matters);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof User other && username.equals(other.getUsername()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(username);
  }

  @Override
  public String toString() {
    return displayName + " (" + username + ", " + role.label() + ")";
  }
}
