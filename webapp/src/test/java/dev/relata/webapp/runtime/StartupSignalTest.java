package dev.relata.webapp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the application tells the launcher, through the JVM's system properties. */
class StartupSignalTest {

  @AfterEach
  void forget() {
    StartupSignal.clear();
  }

  @Test
  void nothingIsSaidUntilTheApplicationHasStarted() {
    StartupSignal.clear();

    assertThat(StartupSignal.read()).isEmpty();
  }

  @Test
  void aFailureCarriesItsKindAndMessage() {
    StartupSignal.failed("DATABASE", "cannot reach the database");

    assertThat(StartupSignal.read())
        .contains(new StartupSignal.Outcome(false, "DATABASE", "cannot reach the database"));
  }

  @Test
  void readyAfterAFailureForgetsTheFailure() {
    StartupSignal.failed("DATABASE", "cannot reach the database");

    StartupSignal.ready();

    assertThat(StartupSignal.read()).contains(new StartupSignal.Outcome(true, null, null));
  }
}
