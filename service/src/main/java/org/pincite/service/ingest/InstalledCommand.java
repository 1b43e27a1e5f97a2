package org.pincite.service.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One of the Debian commands the extractors lean on (tesseract, qpdf, pdftotext): whether it is
 * installed (asked once, by running it with its version flag), and running it within a time.
 */
final class InstalledCommand {
  private static final Logger LOG = Logger.getLogger(InstalledCommand.class.getName());
  private static final long PROBE_SECONDS = 20;

  private final String command;
  private final String versionFlag;
  private final String whenMissing;
  private Boolean available; // guarded by this

  /** {@code whenMissing} is logged once when {@code command versionFlag} does not run. */
  InstalledCommand(String command, String versionFlag, String whenMissing) {
    this.command = command;
    this.versionFlag = versionFlag;
    this.whenMissing = whenMissing;
  }

  String command() {
    return command;
  }

  synchronized boolean available() {
    if (available == null) {
      available = runs(List.of(command, versionFlag), null, PROBE_SECONDS);
      if (!available) {
        LOG.warning(whenMissing);
      }
    }
    return available;
  }

  /**
   * Whether {@code commandLine} ran within {@code timeoutSeconds} and exited 0 (or {@code
   * alsoFine}); its output is discarded. A command that is not installed did not run.
   */
  static boolean runs(List<String> commandLine, Integer alsoFine, long timeoutSeconds) {
    return run(commandLine, alsoFine, timeoutSeconds, ProcessBuilder.Redirect.DISCARD);
  }

  /** As {@link #runs}, writing the command's standard output to {@code out}. */
  static boolean runs(List<String> commandLine, Integer alsoFine, long timeoutSeconds, Path out) {
    return run(commandLine, alsoFine, timeoutSeconds, ProcessBuilder.Redirect.to(out.toFile()));
  }

  private static boolean run(
      List<String> commandLine,
      Integer alsoFine,
      long timeoutSeconds,
      ProcessBuilder.Redirect output) {
    Process process = null;
    try {
      process =
          new ProcessBuilder(commandLine)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectOutput(output)
              .start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        LOG.info(commandLine.get(0) + " did not finish within " + timeoutSeconds + " s");
        return false;
      }
      int exit = process.exitValue();
      return exit == 0 || (alsoFine != null && exit == alsoFine);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }

  /** Deletes a scratch directory and the files in it, quietly. */
  static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + dir, e);
    }
  }
}
