package dev.relata.webapp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar relata.jar [arguments]} as a process of the test's own, with exactly the {@code
 * RELATA_*} settings the test gives (none inherited from the test JVM), its standard output and
 * error kept in files. Closing it stops the process.
 */
final class JarProcess implements AutoCloseable {
  private final Process process;
  private final Path out;
  private final Path err;

  private JarProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static JarProcess start(Map<String, String> settings, String... arguments) {
    try {
      Path dir = Files.createTempDirectory("relata-jar");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx1g");
      command.add("-jar");
      command.add(System.getProperty("relata.jar", "target/relata.jar"));
      command.addAll(List.of(arguments));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().keySet().removeIf(name -> name.startsWith("RELATA_"));
      builder.environment().putAll(settings);
      Path out = dir.resolve("out.log");
      Path err = dir.resolve("err.log");
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      return new JarProcess(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start relata.jar", e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exit code; fails (and stops the process) if it runs longer than {@code limit}. */
  int awaitExit(Duration limit) {
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        close();
        throw new AssertionError(
            "relata.jar still ran after " + limit + "; output:\n" + out() + "\n" + err());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the server at {@code baseUrl} is ready; fails if it exits or takes too long. */
  void awaitReady(String baseUrl, Duration limit) {
    Readiness.await(process, baseUrl, limit)
        .ifPresent(
            notReady -> {
              close();
              throw new AssertionError(notReady + ":\n" + out() + "\n" + err());
            });
  }

  String out() {
    return read(out);
  }

  String err() {
    return read(err);
  }

  /** The last line on standard error that is not blank. */
  String lastErrorLine() {
    List<String> lines = err().lines().filter(line -> !line.isBlank()).toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** The lines of both outputs that start with {@code prefix}. */
  List<String> linesStartingWith(String prefix) {
    return (out() + "\n" + err()).lines().filter(line -> line.startsWith(prefix)).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
