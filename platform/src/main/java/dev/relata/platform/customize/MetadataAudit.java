package dev.relata.platform.customize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.DefinitionJson;
import dev.relata.metadata.files.DefinitionJson.View;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.sql.DataAccessException;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.metadata.store.MetadataRepository;
import dev.relata.metadata.store.Revision;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a metadata change and writes its audit entries in one transaction: the metadata service
 * joins the transaction opened here (transactions are thread-bound), so on PostgreSQL a change
 * without its audit entry never commits. On H2, DDL commits at once, as it does for the change
 * itself. Each metadata revision the change wrote becomes one audit event ({@code entity.*}) whose
 * states are the canonical JSON of the field or the entity, the after state carrying the revision's
 * id.
 */
final class MetadataAudit {
  static final String TARGET_TYPE = "entity";

  /** The same retry the metadata service does on its own, which it skips inside our transaction. */
  private static final int LOCK_ATTEMPTS = 3;

  private static final Map<String, String> ACTIONS =
      Map.of(
          "create_entity", "entity.create",
          "update_entity", "entity.update",
          "delete_entity", "entity.delete",
          "add_field", "entity.field_add",
          "update_field", "entity.field_update",
          "delete_field", "entity.field_delete",
          "restore_field", "entity.field_restore",
          "rollback", "entity.rollback",
          "import", "entity.import");
  private final MetadataService metadata;
  private final Database database;
  private final AuditLog log;
  private final MetadataRepository repository = new MetadataRepository();

  MetadataAudit(MetadataService metadata, Database database, AuditLog log) {
    this.metadata = metadata;
    this.database = database;
    this.log = log;
  }

  /**
   * Runs the change and audits the revisions it wrote.
   *
   * @param field the field the change is about, or null when it is about the entity
   */
  <T> T run(Actor actor, String field, Supplier<T> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return inOneTransaction(actor, field, change);
      } catch (DataAccessException e) {
        // The metadata service published the change before our commit; re-read what committed.
        metadata.reload();
        if (!SqlDialect.isLockTimeout(e.sqlException())) {
          throw e;
        }
        if (attempt == LOCK_ATTEMPTS) {
          throw RelataException.conflict("schema.table_busy");
        }
      } catch (RuntimeException e) {
        metadata.reload();
        throw e;
      }
    }
  }

  /**
   * Holds the metadata service's monitor (which its changes take too, reentrantly) and the metadata
   * lock from the start, so that the revisions written since the first read are exactly this
   * change's: no other change, here or on another instance, can slip in between.
   */
  private <T> T inOneTransaction(Actor actor, String field, Supplier<T> change) {
    synchronized (metadata) {
      return database.transaction(
          c -> {
            repository.lock(c);
            long since = latestRevision();
            T result = change.get();
            for (Revision revision : revisionsSince(since)) {
              record(c, actor, revision, field);
            }
            return result;
          });
    }
  }

  private long latestRevision() {
    List<Revision> latest = metadata.revisions(null, 0, 1);
    return latest.isEmpty() ? 0 : latest.get(0).id();
  }

  /** Oldest first. */
  private List<Revision> revisionsSince(long since) {
    List<Revision> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<Revision> batch = metadata.revisions(null, page, 100);
      for (Revision revision : batch) {
        if (revision.id() <= since) {
          return oldestFirst(found);
        }
        found.add(revision);
      }
      if (batch.size() < 100) {
        return oldestFirst(found);
      }
    }
  }

  private static List<Revision> oldestFirst(List<Revision> newestFirst) {
    List<Revision> list = new ArrayList<>(newestFirst);
    Collections.reverse(list);
    return list;
  }

  private void record(Connection c, Actor actor, Revision revision, String field)
      throws SQLException {
    boolean aboutField = field != null && revision.action().endsWith("_field");
    ObjectNode before =
        aboutField
            ? fieldState(revision.before(), field)
            : entityState(revision.before(), revision.action());
    ObjectNode after =
        aboutField
            ? fieldState(revision.after(), field)
            : entityState(revision.after(), revision.action());
    if (after != null) {
      after.put("revision", revision.id());
    }
    log.record(
        c,
        actor,
        ACTIONS.getOrDefault(revision.action(), "entity." + revision.action()),
        TARGET_TYPE,
        revision.entity(),
        revision.summary(),
        before,
        after);
  }

  private static ObjectNode fieldState(EntityDefinition entity, String field) {
    return entity == null
        ? null
        : entity.field(field).map(f -> DefinitionJson.toNode(f, View.API)).orElse(null);
  }

  /**
   * The entity's canonical JSON; without its fields when the change cannot have touched them
   * (labels, name field, deleting), which keeps entries of large entities small.
   */
  private static ObjectNode entityState(EntityDefinition entity, String action) {
    if (entity == null) {
      return null;
    }
    ObjectNode node = DefinitionJson.toNode(entity, View.API);
    node.put("deleted", entity.deleted());
    if (action.equals("update_entity") || action.equals("delete_entity")) {
      node.remove("fields");
    }
    return node;
  }
}
