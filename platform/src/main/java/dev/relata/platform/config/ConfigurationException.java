package dev.relata.platform.config;

/**
 * A setting (an environment variable such as {@code RELATA_DB_URL} or {@code
 * RELATA_ADMIN_PASSWORD}) has a value Relata cannot use. The message names the setting and says
 * what it should be, in one sentence fit to show an operator as it is.
 */
public class ConfigurationException extends IllegalArgumentException {
  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
