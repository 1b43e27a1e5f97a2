package org.pincite.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The server.xml that {@code mvn liberty:run} and every installation use: no feature that only
 * tests need (those are in the test server's own configDropins), and the HTTPS key store from
 * settings.
 */
class ServerConfigTest {
  static final Path SERVER_XML = Path.of("src/main/liberty/config/server.xml");
  static final Path TEST_DROPIN =
      Path.of("src/test/liberty/config/configDropins/overrides/test-server.xml");
  static final Set<String> TEST_ONLY = Set.of("localConnector-1.0", "localConnector");

  @Test
  void theRealServerHasNoTestOnlyFeature() throws Exception {
    List<String> features = features(SERVER_XML);
    assertTrue(features.contains("appSecurity-5.0"), features.toString());
    assertTrue(features.stream().noneMatch(TEST_ONLY::contains), features.toString());
  }

  @Test
  void theTestServerAloneGetsTheLocalConnector() throws Exception {
    assertEquals(List.of("localConnector-1.0"), features(TEST_DROPIN));
  }

  @Test
  void theKeyStoreComesFromSettings() throws Exception {
    Element keyStore = (Element) parse(SERVER_XML).getElementsByTagName("keyStore").item(0);
    assertEquals("defaultKeyStore", keyStore.getAttribute("id"));
    assertEquals("${PINCITE_KEYSTORE}", keyStore.getAttribute("location"));
    assertEquals("${PINCITE_KEYSTORE_PASSWORD}", keyStore.getAttribute("password"));
  }

  @Test
  void passwordsAreHashedAsOwaspAdvisesUnlessTheTestServerSaysOtherwise() throws Exception {
    NodeList variables = parse(SERVER_XML).getElementsByTagName("variable");
    String iterations = null;
    for (int i = 0; i < variables.getLength(); i++) {
      Element variable = (Element) variables.item(i);
      if (variable.getAttribute("name").equals("PINCITE_PASSWORD_ITERATIONS")) {
        iterations = variable.getAttribute("defaultValue");
      }
    }
    assertEquals("210000", iterations);
  }

  private static List<String> features(Path xml) throws Exception {
    NodeList nodes = parse(xml).getElementsByTagName("feature");
    List<String> features = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      features.add(nodes.item(i).getTextContent().strip());
    }
    return features;
  }

  private static Document parse(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(xml)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
