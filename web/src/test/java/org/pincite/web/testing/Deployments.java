package org.pincite.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive the in-server tests deploy: the war the build just packaged, under a test name. */
public final class Deployments {
  private static final String WEB_XML = "WEB-INF/web.xml";

  private Deployments() {}

  public static WebArchive pinciteWar(String name) {
    File war = new File(System.getProperty("pincite.war", "target/pincite.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Package the war before the integration tests: " + war + " is missing");
    }
    // A name of its own, so it never meets the server's configured pincite.war application.
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
    return openArquillianRunner(archive);
  }

  /**
   * Arquillian runs in-server tests through its own servlet; the app's constraint on /* would send
   * it to the login page. An exact-path constraint without roles wins over /* for that path only.
   */
  private static WebArchive openArquillianRunner(WebArchive archive) {
    String webXml;
    try (InputStream in = archive.get(WEB_XML).getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + WEB_XML + " of the war", e);
    }
    String open =
        "  <security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
            + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection></security-constraint>\n</web-app>";
    archive.delete(WEB_XML);
    return archive.setWebXML(new StringAsset(webXml.replace("</web-app>", open)));
  }
}
