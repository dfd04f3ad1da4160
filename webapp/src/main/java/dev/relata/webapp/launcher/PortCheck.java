package dev.relata.webapp.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the HTTP port can be opened, asked the way Payara Micro opens it (every address, reusing
 * an address in TIME_WAIT). Asked before Payara boots, so that a taken port is reported at once,
 * and again when the boot fails, to tell that cause from others.
 */
final class PortCheck {
  private PortCheck() {}

  /** Why the port cannot be opened, as the end of "Relata could not start: …", or empty. */
  static Optional<String> problem(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return Optional.empty();
    } catch (IOException e) {
      String reason = String.valueOf(e.getMessage());
      if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
        return Optional.of(
            "port "
                + port
                + " is in use; set RELATA_HTTP_PORT to a free port (or stop what uses it).");
      }
      return Optional.of(
          "port "
              + port
              + " cannot be opened ("
              + reason
              + "); set RELATA_HTTP_PORT to a port this user may open.");
    }
  }
}
