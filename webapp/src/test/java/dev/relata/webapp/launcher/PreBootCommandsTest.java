package dev.relata.webapp.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreBootCommandsTest {
  @Test
  void commentsAndBlankLinesAreSkippedAndArgumentsSplitOnSpaces() throws Exception {
    PreBootCommands commands =
        PreBootCommands.parse(
            new BufferedReader(
                new StringReader("# a comment\n\n  set a.b=c  \nset-log-levels x=FINE\tquiet\n")));

    assertThat(commands.commands())
        .containsExactly(List.of("set", "a.b=c"), List.of("set-log-levels", "x=FINE", "quiet"));
  }

  @Test
  void theShippedFileHidesTheServerBanner() {
    assertThat(PreBootCommands.shipped().commands())
        .anySatisfy(
            command -> assertThat(String.join(" ", command)).endsWith("server-header=false"));
  }
}
