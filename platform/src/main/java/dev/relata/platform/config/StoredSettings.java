package dev.relata.platform.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Named values of this installation kept in the database ({@code app_setting}): facts such as "the
 * demo data was loaded", and settings administrators change while Relata runs. Each call works
 * inside the caller's connection, so a setting changes in the same transaction as what goes with
 * it.
 */
public final class StoredSettings {

  public Optional<String> get(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT setting_value FROM app_setting WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  public void put(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM app_setting WHERE name = ?");
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO app_setting (name, setting_value) VALUES (?, ?)")) {
      delete.setString(1, name);
      delete.executeUpdate();
      insert.setString(1, name);
      insert.setString(2, value);
      insert.executeUpdate();
    }
  }
}
