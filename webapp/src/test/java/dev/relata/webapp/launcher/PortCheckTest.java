package dev.relata.webapp.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

  @Test
  void aPortSomethingListensOnIsInUse() throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();

      assertThat(PortCheck.problem(port))
          .contains(
              "port "
                  + port
                  + " is in use; set RELATA_HTTP_PORT to a free port (or stop what uses it).");
    }
  }

  @Test
  void aFreePortHasNoProblemAndIsLeftFree() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }

    assertThat(PortCheck.problem(port)).isEmpty();
    assertThat(PortCheck.problem(port)).isEmpty();
  }
}
