package dev.relata.platform.organisation;

import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.testing.TestRelata;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers the organisation tests build their data with. */
final class Organisation {
  private Organisation() {}

  /** A user with the given roles, made through user administration; returns its id. */
  static long user(Relata relata, String username, String... roles) {
    Map<String, Object> values = new HashMap<>();
    values.put("username", username);
    values.put("password", TestRelata.ADMIN_PASSWORD);
    values.put("roles", List.of(roles));
    return relata.userAdministration().create(TestRelata.admin(relata), values).user().id();
  }

  /** The actor of an existing user, as if they had signed in. */
  static Actor actor(Relata relata, long id) {
    return IdentityService.actor(relata.identity().user(id).orElseThrow());
  }

  static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }

  static String managerPath(Relata relata, long id) {
    return relata
        .database()
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT manager_path FROM app_user WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getString(1);
                }
              }
            });
  }

  /** The audit actions written for a target, oldest first. */
  static List<String> auditActions(Relata relata, String type, String id) {
    return relata
        .database()
        .read(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT action, before_state, after_state"
                          + " FROM audit_event WHERE target_type = ? AND target_id = ? ORDER BY id")) {
                ps.setString(1, type);
                ps.setString(2, id);
                List<String> actions = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    actions.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                  }
                }
                return actions;
              }
            });
  }
}
