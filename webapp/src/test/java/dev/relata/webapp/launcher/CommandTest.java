package dev.relata.webapp.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void withoutArgumentsTheServerStarts() {
    assertThat(Command.parse()).isEqualTo(new Command.Serve());
  }

  @Test
  void helpIsAskedForInTheUsualWays() {
    assertThat(Command.parse("--help")).isEqualTo(new Command.Help());
    assertThat(Command.parse("-h")).isEqualTo(new Command.Help());
    assertThat(Command.parse("help")).isEqualTo(new Command.Help());
  }

  @Test
  void resetAdminTakesAUsernameAsTwoArgumentsOrOne() {
    assertThat(Command.parse("reset-admin", "--username", "admin"))
        .isEqualTo(new Command.ResetAdmin("admin"));
    assertThat(Command.parse("reset-admin", "--username=li.na"))
        .isEqualTo(new Command.ResetAdmin("li.na"));
  }

  @Test
  void wrongArgumentsSayWhatIsWrong() {
    assertThat(Command.parse("start")).isEqualTo(new Command.Wrong("There is no command 'start'."));
    assertThat(Command.parse("reset-admin"))
        .isEqualTo(
            new Command.Wrong("reset-admin needs --username NAME: whose access to restore."));
    assertThat(Command.parse("reset-admin", "--username"))
        .isEqualTo(new Command.Wrong("reset-admin does not take '--username'."));
    assertThat(Command.parse("reset-admin", "--username", "a", "--force"))
        .isEqualTo(new Command.Wrong("reset-admin does not take '--force'."));
    assertThat(Command.parse("reset-admin", "--username", "a", "--username", "b"))
        .isEqualTo(new Command.Wrong("reset-admin does not take '--username'."));
  }
}
