package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.SignIn;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaUserRepository() {}

  public JpaUserRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<User> findByUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select u from User u left join fetch u.matters where u.username = :name", User.class)
        .setParameter("name", username.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<User> findAll() {
    return em.createQuery("select u from User u order by u.username", User.class).getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
  }

  @Override
  public User add(User user) {
    em.persist(user);
    return user;
  }

  @Override
  public Optional<ApiToken> findTokenBySha256(String sha256) {
    return em.createQuery(
            "select t from ApiToken t join fetch t.owner where t.tokenSha256 = :sha",
            ApiToken.class)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ApiToken> findToken(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  @Override
  public List<ApiToken> findTokensOf(String username) {
    return em.createQuery(
            "select t from ApiToken t where t.owner.username = :name order by t.createdAt, t.id",
            ApiToken.class)
        .setParameter("name", username)
        .getResultList();
  }

  @Override
  public SignIn addSignIn(SignIn signIn) {
    em.persist(signIn);
    return signIn;
  }

  @Override
  public List<SignIn> findSignIns(String username, int limit) {
    return (username == null
            ? em.createQuery("select s from SignIn s order by s.at desc, s.id desc", SignIn.class)
            : em.createQuery(
                    "select s from SignIn s where s.username = :name order by s.at desc, s.id desc",
                    SignIn.class)
                .setParameter("name", username.strip().toLowerCase(Locale.ROOT)))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<SignIn> findSignInOfSession(String sessionRef) {
    return em.createQuery("select s from SignIn s where s.sessionRef = :ref", SignIn.class)
        .setParameter("ref", sessionRef)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SignIn> findOpenSessions(String username) {
    return em.createQuery(
            "select s from SignIn s where s.username = :name and s.sessionRef is not null"
                + " and s.sessionEndedAt is null order by s.at desc, s.id desc",
            SignIn.class)
        .setParameter("name", username)
        .getResultList();
  }

  @Override
  public int endEverySession() {
    return em.createQuery(
            "update SignIn s set s.sessionEndedAt = :now"
                + " where s.sessionRef is not null and s.sessionEndedAt is null")
        .setParameter("now", java.time.Instant.now())
        .executeUpdate();
  }

  @Override
  public ApiToken addToken(ApiToken token) {
    em.persist(token);
    return token;
  }
}
