package dev.relata.webapp.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.platform.bootstrap.StartupFailure;
import dev.relata.platform.console.ResetAdminCommand;
import org.junit.jupiter.api.Test;

/** The launcher's exit codes, and the names the application and the commands report by. */
class ExitCodeTest {

  @Test
  void theCodesAreTheDocumentedOnes() {
    assertThat(ExitCode.DONE.code()).isZero();
    assertThat(ExitCode.UNEXPECTED.code()).isEqualTo(1);
    assertThat(ExitCode.CONFIGURATION.code()).isEqualTo(2);
    assertThat(ExitCode.PORT_IN_USE.code()).isEqualTo(3);
    assertThat(ExitCode.DATABASE.code()).isEqualTo(4);
    assertThat(ExitCode.NO_SUCH_USER.code()).isEqualTo(5);
  }

  @Test
  void everyStartupFailureAndCommandOutcomeHasItsOwnCode() {
    for (StartupFailure.Kind kind : StartupFailure.Kind.values()) {
      assertThat(ExitCode.named(kind.name()).name()).isEqualTo(kind.name());
    }
    assertThat(ExitCode.named(ResetAdminCommand.DONE)).isEqualTo(ExitCode.DONE);
    assertThat(ExitCode.named(ResetAdminCommand.NO_SUCH_USER)).isEqualTo(ExitCode.NO_SUCH_USER);
  }

  @Test
  void anOutcomeWithoutANameIsUnexpected() {
    assertThat(ExitCode.named(null)).isEqualTo(ExitCode.UNEXPECTED);
    assertThat(ExitCode.named("SOMETHING_NEW")).isEqualTo(ExitCode.UNEXPECTED);
  }
}
