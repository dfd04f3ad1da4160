package dev.relata.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The installation's 256-bit key for secrets kept in the database (two-factor keys): from {@code
 * RELATA_SECRET_KEY} (Base64) when set, else from {@code secret.key} in the data folder, made on
 * first start and readable by its owner only. Kept outside the database so that a copy of the
 * database alone does not reveal the secrets.
 */
public final class InstallationKey {
  public static final String ENVIRONMENT_VARIABLE = "RELATA_SECRET_KEY";
  static final String FILE_NAME = "secret.key";
  private static final int BYTES = 32;
  private static final Logger LOG = Logger.getLogger(InstallationKey.class.getName());

  private InstallationKey() {}

  /** The key given in the environment, or the one in the data folder. */
  static byte[] resolve(String fromEnvironment, Path dataDir, boolean embeddedDatabase) {
    if (fromEnvironment != null) {
      return decode(fromEnvironment);
    }
    if (!embeddedDatabase) {
      LOG.warning(
          () ->
              ENVIRONMENT_VARIABLE
                  + " is not set, so the secret key is kept in "
                  + dataDir.resolve(FILE_NAME)
                  + ". Every instance that shares this database must use"
                  + " the same key: set "
                  + ENVIRONMENT_VARIABLE
                  + " on all of them.");
    }
    return fromFile(dataDir.resolve(FILE_NAME));
  }

  /** A new random key in the form {@code RELATA_SECRET_KEY} takes. */
  public static String generate() {
    byte[] key = new byte[BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] decode(String text) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      key = new byte[0];
    }
    if (key.length != BYTES) {
      throw new ConfigurationException(
          ENVIRONMENT_VARIABLE
              + " must be 32 bytes in Base64"
              + " (44 characters), e.g. the output of: openssl rand -base64 32");
    }
    return key;
  }

  private static byte[] fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return decode(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, generate());
      LOG.info(() -> "Created the secret key " + file + "; back it up with the database.");
    } catch (FileAlreadyExistsException e) {
      // Another process made it first; read theirs.
    }
  }
}
