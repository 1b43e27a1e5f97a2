package org.pincite.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.ingest.IngestService;
import org.pincite.service.security.ApiTokens;
import org.pincite.service.security.PasswordHasher;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.StartupCheck;

/**
 * Loads the demo on the first start with an empty database, unless PINCITE_DEMO=false: the Musk v.
 * Altman matter with its documents, a second small matter, and two demo users who are on the first
 * matter only (a paralegal and a viewer). Their password is PINCITE_DEMO_PASSWORD, or one generated
 * and printed once in the log. Runs after the schema and the administrator exist.
 */
@Singleton
@Startup
@DependsOn({"SchemaStartup", "Administrator", "ExtractionResume"})
public class DemoMatterLoader {
  public static final String PARALEGAL = "paralegal";
  public static final String VIEWER = "viewer";
  private static final Logger LOG = Logger.getLogger(DemoMatterLoader.class.getName());

  @Inject PinciteSettings settings;
  @EJB StartupCheck startup;
  @Inject MatterRepository matters;
  @Inject ClaimRepository claims;
  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @EJB IngestService ingest;

  @PostConstruct
  void loadIfEmpty() {
    if (!startup.passed()) {
      return;
    }
    if (!settings.loadDemoMatter()) {
      LOG.info("The demo matter is turned off (PINCITE_DEMO=false)");
      return;
    }
    if (matters.count() > 0) {
      return;
    }
    Matter musk = add(DemoMatterContent.matter(), DemoMatterContent::claims);
    ingest.ingest(
        musk.getId(),
        "complaint-illustrative.pdf",
        DocumentKind.FILING,
        DocumentType.COMPLAINT,
        DemoMatterContent.complaintPdf());
    for (DemoEmail email : DemoMatterContent.emails()) {
      ingest.ingest(
          musk.getId(),
          email.fileName(),
          DocumentKind.EVIDENCE,
          DocumentType.EMAIL,
          email.content());
    }
    ingest.ingest(
        musk.getId(),
        DemoMatterContent.DEPOSITION_FILE,
        DocumentKind.EVIDENCE,
        DocumentType.TRANSCRIPT,
        DemoMatterContent.depositionTranscript());
    ingest.ingest(
        musk.getId(),
        "declaration-of-morgan-jackson-illustrative.pdf",
        DocumentKind.FILING,
        DocumentType.OTHER,
        DemoMatterContent.declarationPdf());
    Matter second = add(DemoMatterContent.secondMatter(), DemoMatterContent::secondMatterClaims);
    ingest.ingest(
        second.getId(),
        "case-note.txt",
        DocumentKind.EVIDENCE,
        DocumentType.OTHER,
        DemoMatterContent.secondMatterNote());
    addDemoUsers(musk);
    LOG.info(() -> "Loaded the demo matter " + musk);
  }

  private Matter add(Matter matter, java.util.function.Function<Matter, List<Claim>> claimsOf) {
    matters.add(matter);
    claimsOf.apply(matter).forEach(claims::add);
    return matter;
  }

  private void addDemoUsers(Matter matter) {
    if (users.findByUsername(PARALEGAL).isPresent()) {
      return;
    }
    Optional<String> configured = settings.demoPassword();
    String password = configured.orElseGet(ApiTokens::newPassword);
    String hash = hasher.hash(password, PARALEGAL, VIEWER);
    User paralegal =
        users.add(new User(PARALEGAL, "Pat Doe (demo paralegal)", Role.PARALEGAL, hash));
    User viewer = users.add(new User(VIEWER, "Val Roe (demo viewer)", Role.VIEWER, hash));
    paralegal.joinMatter(matter);
    viewer.joinMatter(matter);
    LOG.warning(
        "Demo users 'paralegal' and 'viewer' (on "
            + matter.getCaption()
            + " only) have the password  "
            + (configured.isPresent()
                ? "from PINCITE_DEMO_PASSWORD"
                : password + "  (shown only now)"));
  }
}
