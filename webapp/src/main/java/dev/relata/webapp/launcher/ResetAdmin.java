package dev.relata.webapp.launcher;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code reset-admin}: runs the platform's command ({@code
 * dev.relata.platform.console.ResetAdminCommand}) with the platform's classes taken from the WAR,
 * the process's environment and the machine's user name as the operator.
 */
final class ResetAdmin {
  static final String COMMAND_CLASS = "dev.relata.platform.console.ResetAdminCommand";

  private ResetAdmin() {}

  static ExitCode run(Path war, String username) {
    // Hikari and Flyway log through SLF4J, which the WAR ships without a binding: say nothing
    // rather than three lines of warning about it. Failures reach the operator as exceptions.
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (WarLibraries libraries = WarLibraries.open(war)) {
      // Libraries that look up classes by name (JDBC drivers, Flyway) ask this loader.
      Thread.currentThread().setContextClassLoader(libraries.loader());
      Method run =
          Class.forName(COMMAND_CLASS, true, libraries.loader())
              .getMethod(
                  "run",
                  Map.class,
                  String.class,
                  String.class,
                  PrintStream.class,
                  PrintStream.class);
      Object outcome =
          run.invoke(
              null,
              System.getenv(),
              username,
              System.getProperty("user.name"),
              System.out,
              System.err);
      return ExitCode.named(String.valueOf(outcome));
    } catch (InvocationTargetException e) {
      System.err.println("reset-admin failed unexpectedly: " + e.getCause());
      e.getCause().printStackTrace();
      return ExitCode.UNEXPECTED;
    } catch (ReflectiveOperationException | RuntimeException e) {
      System.err.println("reset-admin cannot run: " + e + "; is lib/relata.war from this build?");
      return ExitCode.UNEXPECTED;
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
