package dev.relata.rules.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** Reads and writes the working copy and the revisions of rule files on the caller's connection. */
public final class RuleRepository {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The revision in force, locking the state row until the transaction ends. */
  public Long lockActive(Connection c) throws SQLException {
    return active(c, " FOR UPDATE");
  }

  public Long active(Connection c) throws SQLException {
    return active(c, "");
  }

  private static Long active(Connection c, String suffix) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT active_revision FROM rule_state WHERE id = 1" + suffix)) {
      rs.next();
      long id = rs.getLong(1);
      return rs.wasNull() ? null : id;
    }
  }

  public void setActive(Connection c, long revision) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE rule_state SET active_revision = ? WHERE id = 1")) {
      ps.setLong(1, revision);
      ps.executeUpdate();
    }
  }

  // ---- the working copy ----

  public List<DraftFile> drafts(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT path, content, deleted, version, updated_at, updated_by FROM rule_draft"
                + " ORDER BY path")) {
      return readDrafts(ps);
    }
  }

  public Optional<DraftFile> draft(Connection c, String path) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT path, content, deleted, version, updated_at, updated_by FROM rule_draft"
                + " WHERE path = ?")) {
      ps.setString(1, path);
      return readDrafts(ps).stream().findFirst();
    }
  }

  private static List<DraftFile> readDrafts(PreparedStatement ps) throws SQLException {
    List<DraftFile> drafts = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        drafts.add(
            new DraftFile(
                rs.getString(1),
                rs.getString(2),
                rs.getBoolean(3),
                rs.getLong(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6)));
      }
    }
    return drafts;
  }

  public void insertDraft(Connection c, String path, String content, String author, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rule_draft (path, content, deleted, version, updated_at, updated_by)"
                + " VALUES (?, ?, FALSE, 1, ?, ?)")) {
      ps.setString(1, path);
      ps.setString(2, content);
      ps.setTimestamp(3, Timestamp.from(now));
      ps.setString(4, author);
      ps.executeUpdate();
    }
  }

  /**
   * Changes a draft's content (and undoes a pending delete) if it is still at {@code version};
   * false if someone changed it meanwhile.
   */
  public boolean updateDraft(
      Connection c,
      String path,
      String content,
      boolean deleted,
      long version,
      String author,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE rule_draft SET content = ?, deleted = ?, version = version + 1,"
                + " updated_at = ?, updated_by = ? WHERE path = ? AND version = ?")) {
      ps.setString(1, content);
      ps.setBoolean(2, deleted);
      ps.setTimestamp(3, Timestamp.from(now));
      ps.setString(4, author);
      ps.setString(5, path);
      ps.setLong(6, version);
      return ps.executeUpdate() == 1;
    }
  }

  /** Makes the working copy exactly these files (after a publish or a rollback). */
  public void resetDrafts(Connection c, SortedMap<String, String> files, String author, Instant now)
      throws SQLException {
    Map<String, DraftFile> existing = new LinkedHashMap<>();
    for (DraftFile draft : drafts(c)) {
      existing.put(draft.path(), draft);
    }
    for (DraftFile draft : existing.values()) {
      if (!files.containsKey(draft.path())) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rule_draft WHERE path = ?")) {
          ps.setString(1, draft.path());
          ps.executeUpdate();
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      DraftFile draft = existing.get(file.getKey());
      if (draft == null) {
        insertDraft(c, file.getKey(), file.getValue(), author, now);
      } else if (draft.deleted() || !draft.content().equals(file.getValue())) {
        updateDraft(c, file.getKey(), file.getValue(), false, draft.version(), author, now);
      }
    }
  }

  // ---- revisions ----

  /** The files of a revision, by path. */
  public SortedMap<String, String> files(Connection c, long revision) throws SQLException {
    SortedMap<String, String> files = new java.util.TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT f.path, k.content FROM rule_revision_file f"
                + " JOIN rule_content k ON k.hash = f.hash WHERE f.revision_id = ?")) {
      ps.setLong(1, revision);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          files.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return files;
  }

  public long addRevision(
      Connection c,
      String author,
      String summary,
      RevisionChanges changes,
      Long rolledBackTo,
      int ruleCount,
      SortedMap<String, String> files,
      Instant now)
      throws SQLException {
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rule_revision (created_at, author, summary, changes, rolled_back_to,"
                + " rule_count) VALUES (?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, author);
      ps.setString(3, summary);
      ps.setString(4, changes.json());
      if (rolledBackTo == null) {
        ps.setNull(5, Types.BIGINT);
      } else {
        ps.setLong(5, rolledBackTo);
      }
      ps.setInt(6, ruleCount);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      String hash = storeContent(c, file.getValue());
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO rule_revision_file (revision_id, path, hash) VALUES (?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, file.getKey());
        ps.setString(3, hash);
        ps.executeUpdate();
      }
    }
    return id;
  }

  private static String storeContent(Connection c, String content) throws SQLException {
    String hash = sha256(content);
    try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM rule_content WHERE hash = ?")) {
      find.setString(1, hash);
      try (ResultSet rs = find.executeQuery()) {
        if (rs.next()) {
          return hash;
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO rule_content (hash, content) VALUES (?, ?)")) {
      ps.setString(1, hash);
      ps.setString(2, content);
      ps.executeUpdate();
    }
    return hash;
  }

  public List<RuleRevision> revisions(Connection c, int limit, long offset) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, created_at, author, summary, changes, rolled_back_to, rule_count"
                + " FROM rule_revision ORDER BY id DESC LIMIT ? OFFSET ?")) {
      ps.setInt(1, limit);
      ps.setLong(2, offset);
      return readRevisions(ps);
    }
  }

  public long countRevisions(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM rule_revision")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public Optional<RuleRevision> revision(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, created_at, author, summary, changes, rolled_back_to, rule_count"
                + " FROM rule_revision WHERE id = ?")) {
      ps.setLong(1, id);
      return readRevisions(ps).stream().findFirst();
    }
  }

  /** The revision published just before {@code id}, if any. */
  public Optional<Long> previous(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT MAX(id) FROM rule_revision WHERE id < ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long previous = rs.getLong(1);
        return rs.wasNull() ? Optional.empty() : Optional.of(previous);
      }
    }
  }

  private static List<RuleRevision> readRevisions(PreparedStatement ps) throws SQLException {
    List<RuleRevision> revisions = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        RevisionChanges changes = RevisionChanges.parse(rs.getString(5));
        long rolledBack = rs.getLong(6);
        Long rolledBackTo = rs.wasNull() ? null : rolledBack;
        revisions.add(
            new RuleRevision(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                changes.added(),
                changes.changed(),
                changes.removed(),
                rolledBackTo,
                rs.getInt(7)));
      }
    }
    return revisions;
  }

  /** The key a content is stored under. */
  public static String sha256(String content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Which paths a revision added, changed and removed against the one before it. */
  public record RevisionChanges(List<String> added, List<String> changed, List<String> removed) {
    public static RevisionChanges between(Map<String, String> before, Map<String, String> after) {
      List<String> added = new ArrayList<>();
      List<String> changed = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      for (Map.Entry<String, String> file : after.entrySet()) {
        String old = before.get(file.getKey());
        if (old == null) {
          added.add(file.getKey());
        } else if (!old.equals(file.getValue())) {
          changed.add(file.getKey());
        }
      }
      for (String path : before.keySet()) {
        if (!after.containsKey(path)) {
          removed.add(path);
        }
      }
      return new RevisionChanges(added, changed, removed);
    }

    public boolean none() {
      return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    String json() {
      try {
        return JSON.writeValueAsString(this);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    static RevisionChanges parse(String json) {
      try {
        return JSON.readValue(json, RevisionChanges.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Unreadable revision changes: " + json, e);
      }
    }
  }
}
