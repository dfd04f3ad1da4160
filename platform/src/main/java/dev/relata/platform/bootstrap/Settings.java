package dev.relata.platform.bootstrap;

import dev.relata.metadata.sql.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Facts about this installation in {@code app_setting}, e.g. that demo data was loaded. */
final class Settings {
  private final Database database;

  Settings(Database database) {
    this.database = database;
  }

  Optional<String> get(String name) {
    return database.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT setting_value FROM app_setting WHERE name = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  void put(String name, String value) {
    database.execute(c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM app_setting WHERE name = ?");
          PreparedStatement insert = c.prepareStatement(
              "INSERT INTO app_setting (name, setting_value) VALUES (?, ?)")) {
        delete.setString(1, name);
        delete.executeUpdate();
        insert.setString(1, name);
        insert.setString(2, value);
        insert.executeUpdate();
      }
    });
  }
}
