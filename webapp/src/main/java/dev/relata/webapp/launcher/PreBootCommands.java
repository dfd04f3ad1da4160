package dev.relata.webapp.launcher;

import fish.payara.micro.ClusterCommandResult;
import fish.payara.micro.boot.AdminCommandRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Payara settings in {@code pre-boot-commands.txt} (asadmin commands, one per line, the format
 * of Payara's {@code --prebootcommandfile}), run before Payara Micro boots. A command Payara
 * refuses stops the start: a server without its hardening settings must not come up quietly.
 */
final class PreBootCommands implements Consumer<AdminCommandRunner> {
  static final String RESOURCE = "pre-boot-commands.txt";
  private final List<List<String>> commands;

  private PreBootCommands(List<List<String>> commands) {
    this.commands = commands;
  }

  /** The commands shipped beside this class. */
  static PreBootCommands shipped() {
    try (InputStream in = PreBootCommands.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from relata.jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  static PreBootCommands parse(BufferedReader lines) throws IOException {
    List<List<String>> commands = new ArrayList<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String command = line.strip();
      if (!command.isEmpty() && !command.startsWith("#")) {
        commands.add(List.of(command.split("\\s+")));
      }
    }
    return new PreBootCommands(List.copyOf(commands));
  }

  List<List<String>> commands() {
    return commands;
  }

  @Override
  public void accept(AdminCommandRunner runner) {
    for (List<String> command : commands) {
      String[] arguments = command.subList(1, command.size()).toArray(String[]::new);
      ClusterCommandResult result = runner.run(command.get(0), arguments);
      if (result.getExitStatus() == ClusterCommandResult.ExitStatus.FAILURE) {
        throw new IllegalStateException(
            "Payara refused the setting '"
                + String.join(" ", command)
                + "': "
                + result.getOutput()
                + (result.getFailureCause() == null ? "" : " " + result.getFailureCause()));
      }
    }
  }
}
