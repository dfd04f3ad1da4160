package dev.relata.metadata.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes versions of the access policy on the caller's connection. Writers hold the
 * metadata lock, so versions are made one at a time and always from the newest.
 */
public final class AccessPolicyRepository {
  private static final String COLUMNS = "id, created_at, author, summary, policy";

  public Optional<PolicyRevision> latest(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM access_policy_revision ORDER BY id DESC LIMIT 1")) {
      return one(ps);
    }
  }

  public Optional<PolicyRevision> find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM access_policy_revision WHERE id = ?")) {
      ps.setLong(1, id);
      return one(ps);
    }
  }

  /** Newest first, without the policies themselves. */
  public List<PolicyRevision> list(Connection c, long offset, int limit) throws SQLException {
    List<PolicyRevision> revisions = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, created_at, author, summary FROM access_policy_revision"
                + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
      ps.setInt(1, limit);
      ps.setLong(2, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          revisions.add(
              new PolicyRevision(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  null));
        }
      }
    }
    return revisions;
  }

  public long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM access_policy_revision");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public PolicyRevision add(Connection c, String author, String summary, AccessPolicy policy)
      throws SQLException {
    Instant now = Instant.now();
    String shortSummary = summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO access_policy_revision (created_at, author, summary, policy)"
                + " VALUES (?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, author);
      ps.setString(3, shortSummary);
      ps.setString(4, AccessPolicyJson.write(policy));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new PolicyRevision(keys.getLong(1), now, author, shortSummary, policy);
      }
    }
  }

  private static Optional<PolicyRevision> one(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new PolicyRevision(
              rs.getLong(1),
              rs.getTimestamp(2).toInstant(),
              rs.getString(3),
              rs.getString(4),
              AccessPolicyJson.read(rs.getString(5))));
    }
  }
}
