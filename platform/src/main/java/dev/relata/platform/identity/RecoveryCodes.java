package dev.relata.platform.identity;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time codes that stand in for an authenticator app that is lost. Ten per user, each ten
 * characters from an alphabet without look-alikes (50 random bits), shown once as {@code
 * ABCDE-FGHJK}. Only their SHA-256 is stored: at 50 random bits a slow hash adds nothing.
 */
final class RecoveryCodes {
  static final int COUNT = 10;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Replaces the user's codes with new ones; the codes in clear, for showing once. */
  List<String> replace(Connection c, long userId) throws SQLException {
    delete(c, userId);
    List<String> codes = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)")) {
      for (int i = 0; i < COUNT; i++) {
        String code = newCode();
        codes.add(code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2));
        ps.setLong(1, userId);
        ps.setString(2, PasswordHasher.sha256(code));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return codes;
  }

  /**
   * Uses up a code; true if it was one of the user's unused codes. The update that marks it used is
   * the check, so two concurrent uses of one code cannot both succeed.
   */
  boolean use(Connection c, long userId, String code) throws SQLException {
    String normal = normalise(code);
    if (!looksLikeOne(normal)) {
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE recovery_code SET used_at = ?"
                + " WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setLong(2, userId);
      ps.setString(3, PasswordHasher.sha256(normal));
      return ps.executeUpdate() == 1;
    }
  }

  int unused(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  void delete(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM recovery_code WHERE user_id = ?")) {
      ps.setLong(1, userId);
      ps.executeUpdate();
    }
  }

  /** Whatever the user typed, without spaces and dashes, upper case. */
  static String normalise(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  static boolean looksLikeOne(String normal) {
    return normal.length() == LENGTH;
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
