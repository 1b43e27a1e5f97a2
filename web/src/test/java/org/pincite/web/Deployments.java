package org.pincite.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive the in-server tests deploy: the war the build just packaged, under a test name. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive pinciteWar(String name) {
    File war = new File(System.getProperty("pincite.war", "target/pincite.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Package the war before the integration tests: " + war + " is missing");
    }
    // A name of its own, so it never meets the server's configured pincite.war application.
    return ShrinkWrap.create(WebArchive.class, name + ".war").merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
  }
}
