package org.pincite.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.service.IngestService;
import org.pincite.service.PinciteSettings;

/**
 * Loads the demo matter on the first start with an empty database, unless PINCITE_DEMO=false.
 * Runs after the schema is migrated; the documents go through the same ingest as uploads.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class DemoMatterLoader {
  private static final Logger LOG = Logger.getLogger(DemoMatterLoader.class.getName());

  @Inject PinciteSettings settings;
  @Inject MatterRepository matters;
  @Inject ClaimRepository claims;
  @EJB IngestService ingest;

  @PostConstruct
  void loadIfEmpty() {
    if (!settings.loadDemoMatter()) {
      LOG.info("The demo matter is turned off (PINCITE_DEMO=false)");
      return;
    }
    if (matters.count() > 0) {
      return;
    }
    Matter matter = matters.add(DemoMatterContent.matter());
    for (Claim claim : DemoMatterContent.claims(matter)) {
      claims.add(claim);
    }
    ingest.ingest(matter.getId(), "complaint-illustrative.pdf", DocumentKind.FILING, DocumentType.COMPLAINT, DemoMatterContent.complaintPdf());
    for (DemoEmail email : DemoMatterContent.emails()) {
      ingest.ingest(matter.getId(), email.fileName(), DocumentKind.EVIDENCE, DocumentType.EMAIL, email.content());
    }
    LOG.info(() -> "Loaded the demo matter " + matter);
  }
}
