package dev.relata.webapp.launcher;

/** What {@code java -jar relata.jar …} was asked to do, read from its arguments. */
sealed interface Command {
  String RESET_ADMIN = "reset-admin";

  /** No arguments: start the server. */
  record Serve() implements Command {}

  /** {@code --help}: list the commands. */
  record Help() implements Command {}

  /** {@code reset-admin --username NAME}: restore that user's administrator access. */
  record ResetAdmin(String username) implements Command {}

  /** Arguments that make no command; {@code problem} says what is wrong. */
  record Wrong(String problem) implements Command {}

  static Command parse(String... args) {
    if (args.length == 0) {
      return new Serve();
    }
    String first = args[0];
    if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
      return new Help();
    }
    if (first.equals(RESET_ADMIN)) {
      return resetAdmin(args);
    }
    return new Wrong("There is no command '" + first + "'.");
  }

  private static Command resetAdmin(String... args) {
    String username = null;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--username") && i + 1 < args.length && username == null) {
        username = args[++i];
      } else if (arg.startsWith("--username=") && username == null) {
        username = arg.substring("--username=".length());
      } else {
        return new Wrong(RESET_ADMIN + " does not take '" + arg + "'.");
      }
    }
    if (username == null || username.isBlank()) {
      return new Wrong(RESET_ADMIN + " needs --username NAME: whose access to restore.");
    }
    return new ResetAdmin(username.strip());
  }
}
