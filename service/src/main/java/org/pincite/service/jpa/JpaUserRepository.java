package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pincite.domain.user.ApiToken;
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
  public ApiToken addToken(ApiToken token) {
    em.persist(token);
    return token;
  }
}
