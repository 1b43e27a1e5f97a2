package org.pincite.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its own chromedriver; Selenium is never allowed to download
 * a browser or a driver (STACK-NOTES, gotcha 6).
 */
public final class Browser {
  private static final String CHROMIUM = System.getProperty("pincite.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("pincite.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  public static ChromeDriver start() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium and its driver: apt-get install -y chromium chromium-driver");
    }
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
          "--user-data-dir=" + Files.createTempDirectory("pincite-chromium"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException("Could not create a profile directory for Chromium", e);
    }
  }
}
