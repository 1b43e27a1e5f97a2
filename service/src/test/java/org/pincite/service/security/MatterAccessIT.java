package org.pincite.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.JpaUserRepository;
import org.pincite.service.jpa.TestDatabase;

/**
 * The gate against real H2 and PostgreSQL databases: members get their matter's objects, everyone
 * else gets the very answer a missing id gets, and a member's role decides what they may change.
 */
class MatterAccessIT {
  private static final String SHA = "0123456789abcdef".repeat(4);
  private TestDatabase db;

  /** The ids of one matter's objects. */
  record Objects(Long matter, Long document, Long claim, Long passage) {}

  record Seeded(Objects ours, Objects theirs) {}

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Seeded seed() {
    return db.inTransaction(
        em -> {
          Objects ours = matterWithOneOfEach(em, "Musk v. Altman", "CGC-24-612746");
          Objects theirs = matterWithOneOfEach(em, "Doe v. Roe", "CV-25-000001");
          JpaUserRepository users = new JpaUserRepository(em);
          users
              .add(new User("attorney", "Ann Attorney", Role.ATTORNEY, "hash"))
              .joinMatter(em.find(Matter.class, ours.matter()));
          users
              .add(new User("viewer", "Vic Viewer", Role.VIEWER, "hash"))
              .joinMatter(em.find(Matter.class, ours.matter()));
          User gone = users.add(new User("gone", "Gone Away", Role.ATTORNEY, "hash"));
          gone.joinMatter(em.find(Matter.class, ours.matter()));
          gone.disable();
          users.add(new User("admin", "Administrator", Role.ADMIN, "hash"));
          return new Seeded(ours, theirs);
        });
  }

  private static Objects matterWithOneOfEach(EntityManager em, String caption, String docket) {
    Matter m = new Matter(caption, "Superior Court", docket, LocalDate.of(2024, 2, 29));
    Party plaintiff = m.addParty("Plaintiff", PartyRole.PLAINTIFF);
    new JpaMatterRepository(em).add(m);
    Claim claim = Claim.topLevel(ClaimKind.COUNT, plaintiff, "Breach of contract", null, 0);
    new JpaClaimRepository(em).add(claim);
    Document d =
        new Document(
            m,
            DocumentKind.EVIDENCE,
            DocumentType.EMAIL,
            "Re: " + caption,
            new StoredFile("a.eml", "message/rfc822", 120, SHA));
    d.recordText(List.of("We need a for-profit entity.\n"));
    new JpaDocumentRepository(em).add(d);
    Annotation a =
        new JpaAnnotationRepository(em)
            .add(
                new Annotation(
                    d,
                    Passage.select(d, 1, 0, 1, 7),
                    Stance.SUPPORTS,
                    List.of(claim),
                    null,
                    "attorney"));
    return new Objects(m.getId(), d.getId(), claim.getId(), a.getId());
  }

  /** Runs {@code work} through a gate that sees {@code username} as the caller (null: nobody). */
  private <T> T as(String username, Function<MatterAccess, T> work) {
    Principal principal = username == null ? null : () -> username;
    return db.inTransaction(
        em ->
            work.apply(
                new MatterAccess(
                    () -> principal,
                    new JpaUserRepository(em),
                    new JpaMatterRepository(em),
                    new JpaDocumentRepository(em),
                    new JpaClaimRepository(em),
                    new JpaAnnotationRepository(em),
                    java.util.Optional::empty)));
  }

  private void assertNotFound(String expected, String username, Function<MatterAccess, ?> work) {
    Executable call = () -> as(username, work);
    assertEquals(expected, assertThrows(NotFoundException.class, call).getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aMemberReachesEveryObjectOfTheirMatter(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Objects ours = seed().ours();
    assertEquals(ours.matter(), as("viewer", g -> g.visibleMatter(ours.matter()).getId()));
    assertEquals(ours.document(), as("viewer", g -> g.visibleDocument(ours.document()).getId()));
    assertEquals(
        ours.claim(),
        as("viewer", g -> g.claimOf(g.visibleMatter(ours.matter()), ours.claim()).getId()));
    assertEquals(ours.matter(), as("attorney", g -> g.editableMatter(ours.matter()).getId()));
    assertEquals(ours.matter(), as("attorney", g -> g.matterToAddTo(ours.matter()).getId()));
    assertEquals(ours.document(), as("attorney", g -> g.editableDocument(ours.document()).getId()));
    assertEquals(
        ours.document(), as("attorney", g -> g.documentToReadAgain(ours.document()).getId()));
    assertEquals(ours.claim(), as("attorney", g -> g.editableClaim(ours.claim()).getId()));
    assertEquals(ours.passage(), as("attorney", g -> g.editablePassage(ours.passage()).getId()));
    assertEquals("attorney", as("attorney", MatterAccess::callerName));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anotherMattersObjectAnswersExactlyAsAMissingOneDoes(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Objects theirs = seed().theirs();
    long missing = theirs.passage() + 1000;
    for (long id : new long[] {theirs.matter(), missing}) {
      String matter = "There is no matter with id " + id;
      assertNotFound(matter, "attorney", g -> g.visibleMatter(id));
      assertNotFound(matter, "attorney", g -> g.editableMatter(id));
      assertNotFound(matter, "attorney", g -> g.matterToAddTo(id));
    }
    for (long id : new long[] {theirs.document(), missing}) {
      String document = "There is no document with id " + id;
      assertNotFound(document, "attorney", g -> g.visibleDocument(id));
      assertNotFound(document, "attorney", g -> g.editableDocument(id));
      assertNotFound(document, "attorney", g -> g.documentToReadAgain(id));
    }
    for (long id : new long[] {theirs.claim(), missing}) {
      String claim = "There is no claim with id " + id;
      assertNotFound(claim, "attorney", g -> g.editableClaim(id));
    }
    for (long id : new long[] {theirs.passage(), missing}) {
      assertNotFound("There is no passage with id " + id, "attorney", g -> g.editablePassage(id));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aClaimOfAnotherMatterIsNotFoundInThisOneEvenForAnAdministrator(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    assertEquals(s.theirs().claim(), as("admin", g -> g.editableClaim(s.theirs().claim()).getId()));
    assertNotFound(
        "There is no claim with id " + s.theirs().claim(),
        "admin",
        g -> g.claimOf(g.visibleMatter(s.ours().matter()), s.theirs().claim()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aViewerMayReadButNotChangeOrAdd(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Objects ours = seed().ours();
    String mark = "A viewer may read and export, not mark passages";
    String add = "A viewer may read and export, not add documents";
    assertDenied(mark, "viewer", g -> g.editableMatter(ours.matter()));
    assertDenied(mark, "viewer", g -> g.editableDocument(ours.document()));
    assertDenied(mark, "viewer", g -> g.editableClaim(ours.claim()));
    assertDenied(mark, "viewer", g -> g.editablePassage(ours.passage()));
    assertDenied(add, "viewer", g -> g.matterToAddTo(ours.matter()));
    assertDenied(add, "viewer", g -> g.documentToReadAgain(ours.document()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void nobodyAndADisabledOrUnknownAccountAreTurnedAway(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Objects ours = seed().ours();
    assertDenied("Sign in first", null, g -> g.visibleMatter(ours.matter()));
    assertDenied(
        "The account gone is disabled or unknown", "gone", g -> g.visibleMatter(ours.matter()));
    assertDenied(
        "The account stranger is disabled or unknown",
        "stranger",
        g -> g.visibleDocument(ours.document()));
  }

  private void assertDenied(String expected, String username, Function<MatterAccess, ?> work) {
    Executable call = () -> as(username, work);
    assertEquals(expected, assertThrows(AccessDeniedException.class, call).getMessage());
  }
}
