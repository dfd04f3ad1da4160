package dev.relata.platform.records;

import dev.relata.rules.api.People;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The users assignment rules name, found in the user directory on the write's own connection. Only
 * users who may own records (not deactivated) are found.
 */
public final class DirectoryPeople implements People {
  private final Connection c;

  public DirectoryPeople(Connection c) {
    this.c = c;
  }

  @Override
  public Optional<Long> user(String username) {
    return first(
        "SELECT id FROM app_user WHERE username_key = ? AND status <> 'deactivated'",
        username.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public Optional<Long> departmentHead(String department) {
    return first(
        "SELECT u.id FROM department d JOIN app_user u ON u.id = d.head_user_id"
            + " WHERE d.name = ? AND u.status <> 'deactivated'",
        department);
  }

  @Override
  public Optional<Long> firstHolderOf(String role) {
    return first(
        "SELECT u.id FROM user_role r JOIN app_user u ON u.id = r.user_id"
            + " WHERE r.role_name = ? AND u.status <> 'deactivated' ORDER BY u.username_key",
        role);
  }

  /** The department the user belongs to, by name; null if none. */
  String departmentOf(long userId) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT d.name FROM app_user u JOIN department d ON d.id = u.department_id"
                + " WHERE u.id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new dev.relata.metadata.sql.DataAccessException(
          "Could not look up a user for a rule", e);
    }
  }

  private Optional<Long> first(String sql, String value) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setMaxRows(1);
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new dev.relata.metadata.sql.DataAccessException(
          "Could not look up a user for a rule", e);
    }
  }
}
