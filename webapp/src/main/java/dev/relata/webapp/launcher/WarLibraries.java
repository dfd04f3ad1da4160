package dev.relata.webapp.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The platform's classes for the console commands, taken from the WAR the server runs: its {@code
 * WEB-INF/lib} jars are copied to a temporary folder and loaded by a class loader of their own,
 * whose parent is the JDK's platform loader, so that nothing of Payara Micro is visible to them.
 * The folder is deleted on {@link #close()}. See ADR 0014.
 */
final class WarLibraries implements AutoCloseable {
  private static final String LIB = "WEB-INF/lib/";
  private final Path folder;
  private final URLClassLoader loader;

  private WarLibraries(Path folder, URLClassLoader loader) {
    this.folder = folder;
    this.loader = loader;
  }

  static WarLibraries open(Path war) {
    Path folder;
    try {
      folder = Files.createTempDirectory("relata-console");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make a temporary folder for the platform's jars", e);
    }
    try (ZipFile zip = new ZipFile(war.toFile())) {
      List<URL> jars = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(LIB) && name.endsWith(".jar") && name.indexOf('/', LIB.length()) < 0) {
          Path jar = folder.resolve(name.substring(LIB.length()));
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, jar);
          }
          jars.add(url(jar));
        }
      }
      return new WarLibraries(
          folder,
          new URLClassLoader(
              "relata-console", jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()));
    } catch (IOException e) {
      delete(folder);
      throw new UncheckedIOException("Cannot read the platform's jars from " + war, e);
    }
  }

  ClassLoader loader() {
    return loader;
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      // The jars are deleted below anyway; a loader that cannot close holds nothing we need.
    }
    delete(folder);
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("A file path is always a URL: " + jar, e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      folder.toFile().deleteOnExit();
    }
  }
}
