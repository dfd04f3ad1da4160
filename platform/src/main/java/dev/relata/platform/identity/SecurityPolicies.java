package dev.relata.platform.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.config.StoredSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The installation's {@link SecurityPolicy}, kept as JSON in {@code app_setting} under {@value
 * #KEY}. It is read from the database on every use (one primary-key lookup) rather than cached, so
 * that a change on one instance of a cluster holds on all of them at once.
 */
public final class SecurityPolicies {
  public static final String KEY = "security.policy";
  private static final Logger LOG = Logger.getLogger(SecurityPolicies.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database database;
  private final AuditLog auditLog;
  private final StoredSettings settings = new StoredSettings();

  public SecurityPolicies(Database database, AuditLog auditLog) {
    this.database = database;
    this.auditLog = auditLog;
  }

  public SecurityPolicy current() {
    return database.read(this::current);
  }

  /** The policy as seen inside the caller's transaction; the defaults until one is saved. */
  public SecurityPolicy current(Connection c) throws SQLException {
    return settings.get(c, KEY).map(SecurityPolicies::parse).orElse(SecurityPolicy.DEFAULTS);
  }

  /** Saves a new policy; administrators only, recorded in the audit log as settings.update. */
  public SecurityPolicy update(Actor actor, SecurityPolicy policy) {
    actor.require(SystemPermission.MANAGE_USERS);
    return database.transaction(
        c -> {
          SecurityPolicy before = current(c);
          try {
            settings.put(c, KEY, JSON.writeValueAsString(policy.values()));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("A policy is plain numbers", e);
          }
          auditLog.record(
              c,
              actor,
              "settings.update",
              "setting",
              KEY,
              "Security policy",
              before.values(),
              policy.values());
          return policy;
        });
  }

  /**
   * A stored policy over the defaults, so that a setting added in a later release starts at its
   * default. A stored value that no longer passes falls back to the defaults, loudly: refusing
   * every sign-in over a bad setting would lock the administrators out too.
   */
  private static SecurityPolicy parse(String json) {
    try {
      Map<String, Object> values =
          JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
      values.keySet().retainAll(SecurityPolicy.SETTINGS);
      return SecurityPolicy.DEFAULTS.with(values);
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.log(Level.SEVERE, "The stored security policy is unreadable; using the defaults", e);
      return SecurityPolicy.DEFAULTS;
    }
  }
}
