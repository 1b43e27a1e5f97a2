package org.pincite.service.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * npm's S3-compatible test server s3rver (installed under target/s3rver by the build), run by a
 * test on 127.0.0.1 on a free port with its data in a directory of the test's, and stopped by it.
 */
final class S3rver implements AutoCloseable {
  private final Process process;
  private final int port;

  private S3rver(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static S3rver start(Path data) throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("pincite.s3rver", "target/s3rver"));
    awaitInstall(home);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = home.resolve("s3rver-" + port + ".log");
    Process p =
        new ProcessBuilder(
                List.of(
                    "node",
                    home.resolve("node_modules/s3rver/bin/s3rver.js").toString(),
                    "--directory",
                    data.toString(),
                    "--address",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(port),
                    "--silent"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    S3rver server = new S3rver(p, port);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException(
            "s3rver stopped at once (exit " + p.exitValue() + "): " + Files.readString(log));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    server.close();
    throw new IllegalStateException("s3rver did not listen on " + port + " within 60 s: " + log);
  }

  /** The build installs s3rver with npm in the background and touches {@code installed} after. */
  private static void awaitInstall(Path home) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!Files.exists(home.resolve("installed"))) {
      if (Files.exists(home.resolve("failed")) || System.nanoTime() > deadline) {
        Path log = home.resolve("npm.log");
        throw new IllegalStateException(
            "s3rver is not installed in "
                + home
                + " (the build runs npm install there in the background; node and npm are"
                + " needed): "
                + (Files.exists(log) ? Files.readString(log) : "no npm.log"));
      }
      Thread.sleep(250);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
