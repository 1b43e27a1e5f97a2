package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
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
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.service.schema.DatabaseSchema;

/** The repositories and the Flyway schema against real H2 and PostgreSQL databases. */
class RepositoriesIT {
  private static final String SHA = "0123456789abcdef".repeat(4);
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private long seed() {
    return db.inTransaction(
        em -> {
          Matter m =
              new Matter(
                  "Musk v. Altman et al.",
                  "Superior Court of California",
                  "CGC-24-612746",
                  LocalDate.of(2024, 2, 29));
          Party musk = m.addParty("Elon Musk", PartyRole.PLAINTIFF);
          Party openai = m.addParty("OpenAI, Inc.", PartyRole.DEFENDANT);
          new JpaMatterRepository(em).add(m);
          Claim contract =
              Claim.topLevel(
                  ClaimKind.COUNT, musk, "Breach of contract", "The founding agreement", 0);
          contract.addChild(ClaimKind.ELEMENT, "A contract existed", null);
          contract.addChild(ClaimKind.ELEMENT, "OpenAI breached it", null);
          JpaClaimRepository claims = new JpaClaimRepository(em);
          claims.add(contract);
          claims.add(
              Claim.topLevel(
                  ClaimKind.DEFENCE, openai, "Musk knew of the for-profit plan", null, 1));
          Document email =
              new Document(
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.EMAIL,
                  "Re: structure",
                  new StoredFile("a.eml", "message/rfc822", 120, SHA));
          email.recordEmailHeaders(
              new EmailHeaders(
                  "Elon Musk <elon@example.org>",
                  "Sam Altman <sam@example.org>",
                  null,
                  OffsetDateTime.of(2018, 2, 1, 9, 30, 0, 0, ZoneOffset.ofHours(-8)),
                  "Re: structure",
                  "<1@example.org>"));
          email.recordText(List.of("We need a for-profit entity.\n", "일론 머스크는 알고 있었다."));
          Document attachment =
              new Document(
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.OTHER,
                  "plan.pdf",
                  new StoredFile("plan.pdf", "application/pdf", 9, SHA.replace('0', 'f')));
          email.attach(attachment);
          JpaDocumentRepository docs = new JpaDocumentRepository(em);
          docs.add(email);
          docs.add(attachment);
          return m.getId();
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void flywayCreatesTheSchemaThatTheEntitiesMapOnto(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    // Flyway inside odd class loaders can silently find no migrations at all (docs/stack-notes.md,
    // "Flyway inside Liberty").
    assertTrue(db.migration().migrationsExecuted >= 2, "Flyway must find and apply the migrations");
    DatabaseSchema.validate(db.emf());
    assertTrue(db.emf().unwrap(SessionFactory.class) != null, "Hibernate is the provider");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aMatterWithItsClaimsTreeAndDocumentsRoundTrips(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long matterId = seed();
    db.run(
        em -> {
          Matter m = new JpaMatterRepository(em).findByDocketNumber("CGC-24-612746").orElseThrow();
          assertEquals(matterId, m.getId());
          assertEquals(
              List.of("Elon Musk", "OpenAI, Inc."),
              m.getParties().stream().map(Party::getName).toList());
          List<Claim> top = new JpaClaimRepository(em).findTopLevel(matterId);
          assertEquals(
              List.of("Breach of contract", "Musk knew of the for-profit plan"),
              top.stream().map(Claim::getLabel).toList());
          assertEquals(
              List.of("A contract existed", "OpenAI breached it"),
              top.get(0).getChildren().stream().map(Claim::getLabel).toList());
          List<Document> docs = new JpaDocumentRepository(em).findByMatter(matterId);
          assertEquals(
              List.of("Re: structure", "plan.pdf"), docs.stream().map(Document::getTitle).toList());
          Document email = docs.get(0);
          assertEquals(email, docs.get(1).getParent().orElseThrow());
          assertEquals(2, email.getPageCount());
          assertEquals(
              "일론 머스크는 알고 있었다.",
              new JpaDocumentRepository(em).findPage(email.getId(), 2).orElseThrow().getText());
          assertEquals(
              OffsetDateTime.of(2018, 2, 1, 17, 30, 0, 0, ZoneOffset.UTC).toInstant(),
              email.getEmail().orElseThrow().getSentAt().toInstant());
          assertEquals(
              email,
              new JpaDocumentRepository(em).findByMatterAndSha256(matterId, SHA).orElseThrow());
          assertNull(docs.get(1).getEmail().orElse(null));
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void usersSeeTheMattersTheyAreOnAndTokensAreFoundByTheirHash(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long matterId = seed();
    String tokenHash = "ab".repeat(32);
    db.run(
        em -> {
          Matter other =
              new JpaMatterRepository(em)
                  .add(new Matter("Other v. Other", "Court", "OTHER-1", null));
          JpaUserRepository users = new JpaUserRepository(em);
          User paralegal = users.add(new User("Paralegal", "Pat Doe", Role.PARALEGAL, "hash"));
          paralegal.joinMatter(em.find(Matter.class, matterId));
          users.add(new User("admin", "Administrator", Role.ADMIN, "hash"));
          java.time.Instant now = java.time.Instant.now();
          users.addToken(
              new ApiToken(
                  paralegal,
                  "laptop",
                  tokenHash,
                  org.pincite.domain.user.TokenAccess.READ_WRITE,
                  null,
                  now,
                  now.plus(java.time.Duration.ofDays(90))));
          assertTrue(paralegal.mayAccess(em.find(Matter.class, matterId)));
          assertFalse(paralegal.mayAccess(other));
        });
    db.run(
        em -> {
          JpaMatterRepository matters = new JpaMatterRepository(em);
          assertEquals(
              List.of("CGC-24-612746"),
              matters.findByMember("paralegal").stream().map(Matter::getDocketNumber).toList());
          assertEquals(List.of(), matters.findByMember("admin"));
          JpaUserRepository users = new JpaUserRepository(em);
          User paralegal = users.findByUsername(" PARALEGAL ").orElseThrow();
          assertEquals(Role.PARALEGAL, paralegal.getRole());
          ApiToken token = users.findTokenBySha256(tokenHash).orElseThrow();
          assertEquals("paralegal", token.getOwner().getUsername());
          assertTrue(token.isActiveAt(java.time.Instant.now()));
        });
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em ->
                    new JpaUserRepository(em)
                        .add(new User("paralegal", "Again", Role.VIEWER, "hash"))));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void docketNumbersAreUnique(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    seed();
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em ->
                    new JpaMatterRepository(em)
                        .add(new Matter("Another", "Court", "CGC-24-612746", null))));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void annotationsKeepTheirPassageAndRefuseAStaleSecondEdit(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long matterId = seed();
    long annotationId =
        db.inTransaction(
            em -> {
              Document email = new JpaDocumentRepository(em).findByMatter(matterId).get(0);
              Claim defence = new JpaClaimRepository(em).findTopLevel(matterId).get(1);
              Annotation a =
                  new Annotation(
                      email,
                      Passage.select(email, 1, 10, 2, 6, "for-profit entity.\n일론 머스크"),
                      Stance.SUPPORTS,
                      List.of(defence),
                      "admission",
                      "paralegal");
              return new JpaAnnotationRepository(em).add(a).getId();
            });
    Annotation stale =
        db.inTransaction(em -> new JpaAnnotationRepository(em).find(annotationId).orElseThrow());
    db.run(
        em -> {
          Annotation a =
              new JpaAnnotationRepository(em).findByDocument(stale.getDocument().getId()).get(0);
          assertEquals("for-profit entity.\n일론 머스크", a.getPassage().getQuote());
          assertEquals("We need a ", a.getPassage().getPrefix());
          a.restate(Stance.REFUTES, a.getClaims(), "changed by the first reviewer", "attorney");
        });
    // A second reviewer saves over the version they loaded before the first reviewer's change.
    PersistenceException refused =
        assertThrows(
            PersistenceException.class,
            () ->
                db.run(
                    em -> {
                      Annotation merged = em.merge(stale);
                      merged.restate(
                          Stance.CONTEXT, merged.getClaims(), "second reviewer", "paralegal");
                    }));
    assertTrue(
        refused instanceof OptimisticLockException
            || refused.getCause() instanceof OptimisticLockException,
        String.valueOf(refused));
    db.run(
        em ->
            assertEquals(
                Stance.REFUTES,
                new JpaAnnotationRepository(em).find(annotationId).orElseThrow().getStance()));
  }

  /**
   * Two saves of one passage at the same moment, each past the service's own version check: the
   * second is stopped by the database's version check when its change is written inside the use
   * case ({@code writeNow}), where the service turns it into a 409, not at the commit.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void twoSavesAtTheSameMomentTheSecondIsRefusedWhenWrittenNotAtCommit(TestDatabase.Kind kind)
      throws Exception {
    db = TestDatabase.start(kind);
    long matterId = seed();
    long annotationId =
        db.inTransaction(
            em -> {
              Document email = new JpaDocumentRepository(em).findByMatter(matterId).get(0);
              Claim count = new JpaClaimRepository(em).findTopLevel(matterId).get(0);
              return new JpaAnnotationRepository(em)
                  .add(
                      new Annotation(
                          email,
                          Passage.select(email, 1, 10, 1, 20),
                          Stance.SUPPORTS,
                          List.of(count),
                          "first",
                          "paralegal"))
                  .getId();
            });
    EntityManager first = db.emf().createEntityManager();
    EntityManager second = db.emf().createEntityManager();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      first.getTransaction().begin();
      second.getTransaction().begin();
      Annotation mine = new JpaAnnotationRepository(first).find(annotationId).orElseThrow();
      Annotation theirs = new JpaAnnotationRepository(second).find(annotationId).orElseThrow();
      assertEquals(mine.getVersion(), theirs.getVersion(), "both loaded the same version");
      mine.restate(Stance.REFUTES, mine.getClaims(), "mine", "attorney");
      new JpaAnnotationRepository(first).writeNow();
      theirs.restate(Stance.CONTEXT, theirs.getClaims(), "theirs", "paralegal");
      Future<?> theirWrite = other.submit(() -> new JpaAnnotationRepository(second).writeNow());
      first.getTransaction().commit();
      ExecutionException refused = assertThrows(ExecutionException.class, theirWrite::get);
      assertTrue(refused.getCause() instanceof OptimisticLockException, String.valueOf(refused));
    } finally {
      other.shutdownNow();
      if (second.getTransaction().isActive()) {
        second.getTransaction().rollback();
      }
      if (first.getTransaction().isActive()) {
        first.getTransaction().rollback();
      }
      first.close();
      second.close();
    }
    db.run(
        em ->
            assertEquals(
                "mine",
                new JpaAnnotationRepository(em).find(annotationId).orElseThrow().getNote()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void textReadAgainReplacesThePagesAndReanchorsOrOrphansPassages(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long matterId = seed();
    long[] ids =
        db.inTransaction(
            em -> {
              Document email = new JpaDocumentRepository(em).findByMatter(matterId).get(0);
              List<Claim> claims = new JpaClaimRepository(em).findTopLevel(matterId);
              JpaAnnotationRepository annotations = new JpaAnnotationRepository(em);
              Annotation kept =
                  annotations.add(
                      new Annotation(
                          email,
                          Passage.select(email, 1, 10, 1, 27),
                          Stance.SUPPORTS,
                          List.of(claims.get(1)),
                          null,
                          "paralegal"));
              Annotation lost =
                  annotations.add(
                      new Annotation(
                          email,
                          Passage.select(email, 2, 0, 2, 6),
                          Stance.REFUTES,
                          List.of(claims.get(0), claims.get(1)),
                          null,
                          "paralegal"));
              return new long[] {email.getId(), kept.getId(), lost.getId()};
            });
    db.run(
        em -> {
          Map<Long, Map<Stance, Long>> counts =
              new JpaAnnotationRepository(em).countByClaimAndStance(matterId);
          List<Claim> claims = new JpaClaimRepository(em).findTopLevel(matterId);
          assertEquals(Map.of(Stance.REFUTES, 1L), counts.get(claims.get(0).getId()));
          assertEquals(
              Map.of(Stance.SUPPORTS, 1L, Stance.REFUTES, 1L), counts.get(claims.get(1).getId()));
          assertEquals(
              2, new JpaAnnotationRepository(em).findByClaim(claims.get(1).getId()).size());
          assertEquals(
              List.of(ids[2]),
              new JpaAnnotationRepository(em)
                  .findByClaim(claims.get(0).getId()).stream().map(Annotation::getId).toList());
        });
    // A new reading: page 1 gains a line above, the Korean page is read differently, a third page
    // appears.
    db.run(
        em -> {
          Document email = new JpaDocumentRepository(em).find(ids[0]).orElseThrow();
          email.recordText(
              List.of("PRIVILEGED\nWe need a for-profit entity.\n", "[illegible]", "page three"));
          new JpaAnnotationRepository(em)
              .findByDocument(ids[0])
              .forEach(
                  a ->
                      a.reanchor(
                          List.of(
                              "PRIVILEGED\nWe need a for-profit entity.\n",
                              "[illegible]",
                              "page three")));
        });
    db.run(
        em -> {
          Document email = new JpaDocumentRepository(em).find(ids[0]).orElseThrow();
          assertEquals(3, email.getPageCount());
          assertEquals(
              "[illegible]",
              new JpaDocumentRepository(em).findPage(ids[0], 2).orElseThrow().getText());
          Annotation kept = new JpaAnnotationRepository(em).find(ids[1]).orElseThrow();
          assertFalse(kept.isOrphaned());
          assertEquals("for-profit entity", kept.getPassage().getQuote());
          assertEquals("PRIVILEGED\nWe need a ".length(), kept.getPassage().getStartOffset());
          List<Annotation> orphans = new JpaAnnotationRepository(em).findOrphaned(matterId);
          assertEquals(List.of(ids[2]), orphans.stream().map(Annotation::getId).toList());
          assertEquals("일론 머스크", orphans.get(0).getPassage().getQuote());
          assertEquals(
              List.of(ids[1]),
              new JpaAnnotationRepository(em)
                  .findOnPage(ids[0], 1).stream().map(Annotation::getId).toList());
          assertTrue(
              new JpaAnnotationRepository(em).findOnPage(ids[0], 2).isEmpty(),
              "an orphan has no place on a page");
        });
  }
}
