package org.pincite.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;

/**
 * The one gate between a caller and a matter's objects: "find it, or 404, and may this caller?".
 * Every service asks it for the matter, document, claim or passage named in a request and gets the
 * entity back only when the caller is a member of its matter (or an administrator). Something that
 * does not exist and something of a matter the caller is not on answer the same {@link
 * NotFoundException} ("There is no matter with id 7"), so ids do not reveal other matters. The
 * {@code editable…} variants also need a role that may change the matter (mark passages, draft
 * claims); the {@code …ToAddTo} ones a role that may add documents: a member without that role gets
 * {@link AccessDeniedException}. A call signed by an API token gets no more than the token allows
 * ({@link TokenGrant}): a one-matter token finds only that matter's objects (any other is not
 * found, as above), and a read-only token may change nothing.
 */
@ApplicationScoped
public class MatterAccess {
  private Supplier<Principal> principal;
  private UserRepository users;
  private MatterRepository matters;
  private DocumentRepository documents;
  private ClaimRepository claims;
  private AnnotationRepository annotations;
  private Supplier<Optional<TokenGrant>> token;

  /** The refusal of any change through a read-only token. */
  public static final String READ_ONLY_TOKEN = "This token may only read";

  protected MatterAccess() {}

  @Inject
  MatterAccess(
      SecurityContext security,
      UserRepository users,
      MatterRepository matters,
      DocumentRepository documents,
      ClaimRepository claims,
      AnnotationRepository annotations,
      SignedRequest signed) {
    this(
        security::getCallerPrincipal,
        users,
        matters,
        documents,
        claims,
        annotations,
        () -> tokenOf(signed));
  }

  // Outside a request (start-up, background work) nothing was signed by a token.
  private static Optional<TokenGrant> tokenOf(SignedRequest signed) {
    try {
      return signed.token();
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }

  /**
   * For use outside the container: {@code principal} says who is calling (null: nobody), {@code
   * token} what the API token that signed the call allows (empty: no token signed it).
   */
  public MatterAccess(
      Supplier<Principal> principal,
      UserRepository users,
      MatterRepository matters,
      DocumentRepository documents,
      ClaimRepository claims,
      AnnotationRepository annotations,
      Supplier<Optional<TokenGrant>> token) {
    this.token = token;
    this.principal = principal;
    this.users = users;
    this.matters = matters;
    this.documents = documents;
    this.claims = claims;
    this.annotations = annotations;
  }

  /** The signed-in, enabled user making this call. */
  public User caller() {
    Principal p = principal.get();
    if (p == null) {
      throw new AccessDeniedException("Sign in first");
    }
    return users
        .findByUsername(p.getName())
        .filter(User::isEnabled)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "The account " + p.getName() + " is disabled or unknown"));
  }

  /** The API token that signed this call, if one did. */
  public Optional<TokenGrant> signingToken() {
    return token.get();
  }

  /**
   * Whether the token that signed this call (if any) reaches {@code matter}; the caller's own
   * rights are checked apart.
   */
  public boolean withinToken(Matter matter) {
    return token
        .get()
        .map(t -> t.matterId() == null || t.matterId().equals(matter.getId()))
        .orElse(true);
  }

  /** The name of the caller, once the gate has let them through. */
  public String callerName() {
    return caller().getUsername();
  }

  public Matter visibleMatter(long id) {
    return reach(matters.find(id), m -> m, "matter", id, READ);
  }

  /** The matter, when the caller may also change it (mark passages, draft its claims). */
  public Matter editableMatter(long id) {
    return reach(matters.find(id), m -> m, "matter", id, this::mayChange);
  }

  /** The matter, when the caller may also add documents to it. */
  public Matter matterToAddTo(long id) {
    return reach(matters.find(id), m -> m, "matter", id, this::mayAdd);
  }

  /** The matter, when the caller may also make productions of it (who may add documents may). */
  public Matter matterToProduceFrom(long id) {
    return reach(matters.find(id), m -> m, "matter", id, this::mayProduce);
  }

  /**
   * Passes when the caller may see {@code matter} and make its productions; otherwise the object
   * asked for ({@code what} with {@code id}) is not found, or the caller's role is refused.
   */
  public void checkProducer(Matter matter, String what, long id) {
    mayProduce(checkVisible(matter, what, id));
  }

  public Document visibleDocument(long id) {
    return reach(documents.find(id), Document::getMatter, "document", id, READ);
  }

  /** The document, when the caller may also mark passages in it. */
  public Document editableDocument(long id) {
    return reach(documents.find(id), Document::getMatter, "document", id, this::mayChange);
  }

  /** The document, when the caller may also read its original again (as adding it again would). */
  public Document documentToReadAgain(long id) {
    return reach(documents.find(id), Document::getMatter, "document", id, this::mayAdd);
  }

  /** The claim, when the caller may also draft it (reword, move, add below). */
  public Claim editableClaim(long id) {
    return reach(claims.find(id), Claim::getMatter, "claim", id, this::mayChange);
  }

  /**
   * Claim {@code id} of {@code matter} (already checked by the caller of this method): a claim of
   * another matter is not found here, whoever may see it.
   */
  public Claim claimOf(Matter matter, long id) {
    return claims
        .find(id)
        .filter(c -> c.getMatter().equals(matter))
        .orElseThrow(() -> new NotFoundException("claim", id));
  }

  /** The marked passage, when the caller may also change or remove it. */
  public Annotation editablePassage(long id) {
    return reach(
        annotations.find(id), a -> a.getDocument().getMatter(), "passage", id, this::mayChange);
  }

  /**
   * Passes when the caller may see {@code matter}; otherwise reports the object asked for ({@code
   * what} with {@code id}) as not found. For objects the gate cannot load itself (a removed
   * passage's audited state).
   */
  public User checkVisible(Matter matter, String what, long id) {
    User user = caller();
    if (!user.mayAccess(matter) || !withinToken(matter)) {
      throw new NotFoundException(what, id);
    }
    return user;
  }

  private static final Consumer<User> READ = user -> {};

  /** Found, in a matter the caller may see, and {@code mayAlso} passes for the caller's role. */
  private <T> T reach(
      Optional<T> found,
      Function<T, Matter> matterOf,
      String what,
      long id,
      Consumer<User> mayAlso) {
    T entity = found.orElseThrow(() -> new NotFoundException(what, id));
    mayAlso.accept(checkVisible(matterOf.apply(entity), what, id));
    return entity;
  }

  private void mayChange(User user) {
    refuseReadOnlyToken();
    if (!user.getRole().mayAnnotate()) {
      throw new AccessDeniedException(
          "A " + user.getRole().label().toLowerCase() + " may read and export, not mark passages");
    }
  }

  private void mayAdd(User user) {
    refuseReadOnlyToken();
    if (!user.getRole().mayUpload()) {
      throw new AccessDeniedException(
          "A " + user.getRole().label().toLowerCase() + " may read and export, not add documents");
    }
  }

  private void mayProduce(User user) {
    refuseReadOnlyToken();
    if (!user.getRole().mayUpload()) {
      throw new AccessDeniedException(
          "A "
              + user.getRole().label().toLowerCase()
              + " may read and export, not make productions");
    }
  }

  /** Refuses any change when a read-only token signed this call. */
  public void refuseReadOnlyToken() {
    if (token.get().filter(t -> !t.access().mayChange()).isPresent()) {
      throw new AccessDeniedException(READ_ONLY_TOKEN);
    }
  }

  /**
   * Refuses what reaches beyond one matter (administering users, opening matters, rebuilding the
   * whole index) when a one-matter token signed this call.
   */
  public void requireEveryMatter() {
    if (token.get().filter(t -> t.matterId() != null).isPresent()) {
      throw new AccessDeniedException(
          "This token reaches one matter only: sign in with a password, or a token for every"
              + " matter, to do this");
    }
  }
}
