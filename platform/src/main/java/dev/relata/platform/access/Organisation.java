package dev.relata.platform.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where every user sits in the organisation, in memory: their department, its path and their
 * manager path. Scopes are answered from it for one record; lists ask the same of the user table in
 * SQL ({@link RecordAccess}). A snapshot: take a new one when users or departments change.
 */
public final class Organisation {
  /**
   * A user's place: department id, path and name (null without a department) and manager path
   * ({@code /} without a manager).
   */
  public record Place(
      Long departmentId, String departmentPath, String departmentName, String managerPath) {
    static final Place NOWHERE = new Place(null, null, null, "/");
  }

  private final Map<Long, Place> places;

  public Organisation(Map<Long, Place> places) {
    this.places = Map.copyOf(places);
  }

  public static Organisation load(Connection c) throws SQLException {
    Map<Long, Place> places = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT u.id, u.department_id, d.path, d.name, u.manager_path FROM app_user u"
                    + " LEFT JOIN department d ON d.id = u.department_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        long department = rs.getLong(2);
        Long departmentId = rs.wasNull() ? null : department;
        places.put(id, new Place(departmentId, rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    return new Organisation(places);
  }

  /** The user's place; a user it does not know sits nowhere (no department, no manager). */
  public Place place(long userId) {
    return places.getOrDefault(userId, Place.NOWHERE);
  }
}
