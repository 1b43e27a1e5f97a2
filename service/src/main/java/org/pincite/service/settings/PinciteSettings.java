package org.pincite.service.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.pincite.service.page.PageImages;
import org.pincite.service.store.OriginalStore;

/**
 * The server's settings for Pincite, bound in server.xml as JNDI entries from variables that
 * environment variables override (PINCITE_DATA_DIR, PINCITE_DEMO, PINCITE_ADMIN_PASSWORD, ...).
 */
@ApplicationScoped
public class PinciteSettings {

  /**
   * Where Pincite keeps its files: the originals store, and the H2 database unless PostgreSQL is
   * chosen.
   */
  public Path dataDirectory() {
    return Path.of(setting("pincite/dataDir")).toAbsolutePath().normalize();
  }

  /**
   * Whether an empty database gets the demo matter at start-up (anything but "false" means yes).
   */
  public boolean loadDemoMatter() {
    return !"false".equalsIgnoreCase(setting("pincite/demo").strip());
  }

  /** PINCITE_ADMIN_PASSWORD: the password of the user admin, applied at every start when set. */
  public Optional<String> adminPassword() {
    return optional("pincite/adminPassword");
  }

  /** PINCITE_DEMO_PASSWORD: the password of the demo users, when set before they are made. */
  public Optional<String> demoPassword() {
    return optional("pincite/demoPassword");
  }

  /** PINCITE_MAX_UPLOAD_MB: the largest file Pincite takes, in MB (default 200). */
  public long maxUploadBytes() {
    try {
      return Long.parseLong(setting("pincite/maxUploadMb").strip()) * 1024 * 1024;
    } catch (NumberFormatException e) {
      return 200L * 1024 * 1024;
    }
  }

  /**
   * A whole-number setting (the sign-in limits: PINCITE_SIGNIN_*), or the fallback when it cannot
   * be read (the start-up check has refused such a value before anything asks).
   */
  public int wholeNumber(Setting setting, int fallback) {
    try {
      return raw(setting).map(String::strip).map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /**
   * PINCITE_TRUSTED_PROXIES: the addresses of the reverse proxies whose X-Forwarded-For is
   * believed; none by default.
   */
  public List<String> trustedProxies() {
    return raw(Setting.PINCITE_TRUSTED_PROXIES).stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .toList();
  }

  /**
   * The value of a setting as the server has it, before any interpretation: what the start-up check
   * validates. Empty when the variable is empty (Liberty then binds no entry at all).
   */
  public Optional<String> raw(Setting setting) {
    return optional(setting.jndiName());
  }

  // Liberty binds no entry at all for an empty value: an unset variable is simply absent.
  private static Optional<String> optional(String jndiName) {
    try {
      String value = String.valueOf(new InitialContext().lookup(jndiName));
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    } catch (NamingException e) {
      return Optional.empty();
    }
  }

  @Produces
  PageImages pageImages() {
    return new PageImages(dataDirectory().resolve("page-images"));
  }

  @Produces
  OriginalStore originalStore() {
    return new OriginalStore(dataDirectory().resolve("originals"));
  }

  // Looked up rather than injected: Liberty types a jndiEntry by its value ("true" becomes a
  // Boolean), and a setting must not fail on how someone spelled it.
  private static String setting(String jndiName) {
    try {
      return String.valueOf(new InitialContext().lookup(jndiName));
    } catch (NamingException e) {
      throw new IllegalStateException("The server defines no " + jndiName + " (see server.xml)", e);
    }
  }
}
