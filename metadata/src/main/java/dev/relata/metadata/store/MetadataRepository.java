package dev.relata.metadata.store;

import dev.relata.metadata.files.DefinitionJson;
import dev.relata.metadata.files.DefinitionJson.View;
import dev.relata.metadata.model.EntityDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes entity definitions and revisions on the caller's connection. */
public final class MetadataRepository {

  /** Takes the metadata write lock until the surrounding transaction ends. */
  public void lock(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM md_lock WHERE id = 1 FOR UPDATE")) {
      rs.next();
    }
  }

  public List<EntityDefinition> loadAll(Connection c) throws SQLException {
    List<EntityDefinition> all = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT definition FROM md_entity ORDER BY name")) {
      while (rs.next()) {
        all.add(DefinitionJson.readEntity(rs.getString(1)));
      }
    }
    return all;
  }

  public void save(Connection c, EntityDefinition entity, boolean isNew) throws SQLException {
    String sql =
        isNew
            ? "INSERT INTO md_entity (definition, updated_at, name) VALUES (?, ?, ?)"
            : "UPDATE md_entity SET definition = ?, updated_at = ? WHERE name = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, DefinitionJson.write(entity, View.STORAGE));
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.setString(3, entity.name());
      ps.executeUpdate();
    }
  }

  public long addRevision(
      Connection c,
      String author,
      String entity,
      String action,
      String summary,
      EntityDefinition before,
      EntityDefinition after)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO md_revision (created_at, author,"
                + " entity_name, action, summary, before_definition, after_definition)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, author);
      ps.setString(3, entity);
      ps.setString(4, action);
      ps.setString(5, summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary);
      ps.setString(6, before == null ? null : DefinitionJson.write(before, View.STORAGE));
      ps.setString(7, after == null ? null : DefinitionJson.write(after, View.STORAGE));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Revisions newest first, optionally of one entity. */
  public List<Revision> revisions(Connection c, String entity, int offset, int limit)
      throws SQLException {
    String sql =
        "SELECT id, created_at, author, entity_name, action, summary, before_definition,"
            + " after_definition FROM md_revision"
            + (entity == null ? "" : " WHERE entity_name = ?")
            + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (entity != null) {
        ps.setString(i++, entity);
      }
      ps.setInt(i++, offset);
      ps.setInt(i, limit);
      List<Revision> list = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(revision(rs));
        }
      }
      return list;
    }
  }

  public long countRevisions(Connection c, String entity) throws SQLException {
    String sql =
        "SELECT COUNT(*) FROM md_revision" + (entity == null ? "" : " WHERE entity_name = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (entity != null) {
        ps.setString(1, entity);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public Optional<Revision> revision(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, created_at, author, entity_name,"
                + " action, summary, before_definition, after_definition FROM md_revision WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(revision(rs)) : Optional.empty();
      }
    }
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    String before = rs.getString(7);
    String after = rs.getString(8);
    return new Revision(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        before == null ? null : DefinitionJson.readEntity(before),
        after == null ? null : DefinitionJson.readEntity(after));
  }
}
