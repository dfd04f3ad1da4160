package dev.relata.platform.identity;

import dev.relata.metadata.error.RelataException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hashes of a user's previous passwords in {@code password_history}, for the policy's "no reuse
 * of the last N". The newest {@value #MOST_KEPT} are kept whatever N is, so that raising N later
 * has history to check against.
 */
final class PasswordHistory {
  static final int MOST_KEPT = 24;
  private final PasswordHasher hasher;

  PasswordHistory(PasswordHasher hasher) {
    this.hasher = hasher;
  }

  /** Refuses a password equal to the current one or to one of the last {@code count}. */
  void refuseReuse(Connection c, long userId, String password, int count, String field)
      throws SQLException {
    if (count <= 0) {
      return;
    }
    List<String> hashes = new ArrayList<>();
    try (PreparedStatement current =
            c.prepareStatement("SELECT password_hash FROM app_user WHERE id = ?");
        PreparedStatement previous =
            c.prepareStatement(
                "SELECT password_hash FROM"
                    + " password_history WHERE user_id = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
      current.setLong(1, userId);
      collect(current, hashes);
      previous.setLong(1, userId);
      previous.setInt(2, count);
      collect(previous, hashes);
    }
    for (String hash : hashes) {
      if (hasher.verify(password.toCharArray(), hash)) {
        throw RelataException.invalid(field, "reused", "password.reused", count);
      }
    }
  }

  /** Remembers a password just set, and forgets the ones beyond what is kept. */
  void record(Connection c, long userId, String hash) throws SQLException {
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO password_history (user_id,"
                    + " password_hash, created_at) VALUES (?, ?, ?)");
        PreparedStatement prune =
            c.prepareStatement(
                "DELETE FROM password_history"
                    + " WHERE user_id = ? AND id NOT IN (SELECT id FROM (SELECT id FROM password_history"
                    + " WHERE user_id = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY) kept)")) {
      insert.setLong(1, userId);
      insert.setString(2, hash);
      insert.setTimestamp(3, Timestamp.from(Instant.now()));
      insert.executeUpdate();
      prune.setLong(1, userId);
      prune.setLong(2, userId);
      prune.setInt(3, MOST_KEPT);
      prune.executeUpdate();
    }
  }

  private static void collect(PreparedStatement ps, List<String> into) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        into.add(rs.getString(1));
      }
    }
  }
}
