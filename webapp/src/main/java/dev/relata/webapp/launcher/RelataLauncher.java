package dev.relata.webapp.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts Relata: Payara Micro from {@code lib/payara-micro.jar} with {@code lib/relata.war}
 * deployed at the root context, on {@code RELATA_HTTP_PORT} (default 8080). Clustering is off
 * unless {@code RELATA_CLUSTER=true}, so that a trial never joins a stranger's cluster.
 */
public final class RelataLauncher {
  private RelataLauncher() {}

  public static void main(String[] args) throws BootstrapException, URISyntaxException {
    Path home =
        Path.of(RelataLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent();
    Path war = home.resolve("lib").resolve("relata.war");
    if (!Files.isRegularFile(war)) {
      System.err.println("Cannot find " + war + "; build with: mvn -DskipTests package");
      System.exit(2);
    }
    int port = port(System.getenv("RELATA_HTTP_PORT"));
    boolean cluster = Boolean.parseBoolean(System.getenv("RELATA_CLUSTER"));
    PayaraMicro.getInstance()
        .setHttpPort(port)
        .setNoCluster(!cluster)
        .setPreBootHandler(PreBootCommands.shipped())
        .addDeploymentFile(rootWar(war))
        .bootStrap();
    System.out.println("Relata is listening on http://localhost:" + port + "/");
  }

  /** Payara Micro deploys a WAR named ROOT.war at the root context. */
  private static File rootWar(Path war) {
    try {
      Path dir = Files.createTempDirectory("relata-deploy");
      Path root = dir.resolve("ROOT.war");
      Files.copy(war, root);
      root.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return root.toFile();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot stage the WAR for deployment", e);
    }
  }

  private static int port(String value) {
    if (value == null || value.isBlank()) {
      return 8080;
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    System.err.println("RELATA_HTTP_PORT must be a port number (1-65535), not '" + value + "'.");
    System.exit(2);
    return -1;
  }
}
