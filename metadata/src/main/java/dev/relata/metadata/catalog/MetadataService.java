package dev.relata.metadata.catalog;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldRules;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.FieldValues;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.Names;
import dev.relata.metadata.schema.PhysicalNames;
import dev.relata.metadata.schema.SchemaChange;
import dev.relata.metadata.schema.SchemaManager;
import dev.relata.metadata.schema.SchemaPlanner;
import dev.relata.metadata.sql.DataAccessException;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.metadata.store.MetadataRepository;
import dev.relata.metadata.store.Revision;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Changes definitions. Every change runs the same steps in one transaction: lock, validate, plan
 * DDL, apply it, store the definition, write a revision; then the new {@link Catalog} is published
 * to readers and listeners. Nothing changes when any step fails.
 */
public final class MetadataService {
  /** DDL waits a short lock timeout behind running queries; this many times before giving up. */
  private static final int LOCK_ATTEMPTS = 3;

  private final Database database;
  private final MetadataRepository repository = new MetadataRepository();
  private final SchemaManager schemaManager;
  private final String userTable;
  private final List<MetadataListener> listeners = new CopyOnWriteArrayList<>();
  private volatile Catalog catalog;

  /**
   * @param userTable the users table that owner and user columns reference (null: no foreign key)
   */
  public MetadataService(Database database, String userTable) {
    this.database = database;
    this.schemaManager = new SchemaManager(database.dialect());
    this.userTable = userTable;
    reload();
  }

  public Catalog catalog() {
    return catalog;
  }

  public void addListener(MetadataListener listener) {
    listeners.add(listener);
  }

  /** Re-reads every definition from the store (after a change made by another instance). */
  public void reload() {
    catalog = new Catalog(database.transaction(repository::loadAll));
  }

  // ---- entities ----

  public EntityDefinition createEntity(EntityDefinition draft, String author) {
    return change(
        author,
        current -> {
          String problem = Names.problem(draft.name());
          if (problem != null) {
            throw RelataException.unprocessable("name", "invalid_name", problem);
          }
          if (current.findIncludingDeleted(draft.name()).isPresent()) {
            throw RelataException.unprocessable(
                "name",
                "duplicate",
                "An entity named '"
                    + draft.name()
                    + "' already exists"
                    + (current.findIncludingDeleted(draft.name()).get().deleted()
                        ? " in the recycle bin; restore it or choose another name."
                        : "."));
          }
          List<FieldDefinition> fields = new ArrayList<>();
          for (FieldDefinition f : draft.fields()) {
            fields.add(newField(f));
          }
          EntityDefinition entity =
              new EntityDefinition(
                  draft.name(),
                  draft.labels(),
                  draft.pluralLabels(),
                  draft.nameField(),
                  draft.system(),
                  false,
                  PhysicalNames.table(draft.name()),
                  fields);
          entity = withDefaultNameField(entity);
          validateEntity(entity, current, true);
          return new Change(null, entity, "create_entity", "Created entity " + entity.name());
        });
  }

  /** Changes labels, plural labels and the name field; fields change through their own calls. */
  public EntityDefinition updateEntity(
      String name, Labels labels, Labels pluralLabels, String nameField, String author) {
    return change(
        author,
        current -> {
          EntityDefinition before = current.require(name);
          EntityDefinition after =
              new EntityDefinition(
                  name,
                  labels == null ? before.labels() : labels,
                  pluralLabels == null ? before.pluralLabels() : pluralLabels,
                  nameField == null ? before.nameField() : nameField,
                  before.system(),
                  false,
                  before.table(),
                  before.fields());
          validateEntity(after, current, false);
          return new Change(before, after, "update_entity", "Updated entity " + name);
        });
  }

  /** Hides an entity; its table and records are kept and a rollback brings it back. */
  public EntityDefinition deleteEntity(String name, String author) {
    return change(
        author,
        current -> {
          EntityDefinition before = current.require(name);
          if (before.system()) {
            throw RelataException.unprocessable(
                "name",
                "system_entity",
                "'" + name + "' is a standard entity and cannot be deleted.");
          }
          List<String> referrers = lookupsTo(current, name);
          if (!referrers.isEmpty()) {
            throw RelataException.unprocessable(
                "name",
                "in_use",
                "'"
                    + name
                    + "' is the target of lookup fields "
                    + referrers
                    + "; delete those fields first.");
          }
          return new Change(
              before, before.withDeleted(true), "delete_entity", "Deleted entity " + name);
        });
  }

  // ---- fields ----

  public EntityDefinition addField(String entityName, FieldDefinition draft, String author) {
    return change(
        author,
        current -> {
          EntityDefinition before = current.require(entityName);
          var existing = before.field(draft.name());
          if (existing.isPresent()) {
            throw RelataException.unprocessable(
                "name",
                "duplicate",
                "'"
                    + entityName
                    + "' already has a field named '"
                    + draft.name()
                    + "'"
                    + (existing.get().deleted() ? " (deleted; restore it instead)." : "."));
          }
          EntityDefinition after = before.withField(newField(draft));
          validateEntity(after, current, false);
          return new Change(
              before, after, "add_field", "Added field " + draft.name() + " to " + entityName);
        });
  }

  /** Replaces a field's definition; its name and column stay, type changes must keep data. */
  public EntityDefinition updateField(String entityName, FieldDefinition changed, String author) {
    return change(
        author,
        current -> {
          EntityDefinition before = current.require(entityName);
          FieldDefinition old = activeField(before, changed.name());
          FieldDefinition field =
              FieldRules.normalize(changed.toBuilder().column(old.column()).deleted(false).build());
          EntityDefinition after = before.withField(field);
          validateEntity(after, current, false);
          return new Change(
              before, after, "update_field", "Changed field " + field.name() + " of " + entityName);
        });
  }

  /** Hides a field; its column and data stay so that it can be restored. */
  public EntityDefinition deleteField(String entityName, String fieldName, String author) {
    return change(
        author,
        current -> {
          EntityDefinition before = current.require(entityName);
          FieldDefinition field = activeField(before, fieldName);
          if (fieldName.equals(before.nameField())) {
            throw RelataException.unprocessable(
                fieldName,
                "in_use",
                "'"
                    + fieldName
                    + "' is the name field of "
                    + entityName
                    + "; choose another name field first.");
          }
          EntityDefinition after = before.withField(field.toBuilder().deleted(true).build());
          return new Change(
              before, after, "delete_field", "Deleted field " + fieldName + " of " + entityName);
        });
  }

  public EntityDefinition restoreField(String entityName, String fieldName, String author) {
    return change(
        author,
        current -> {
          EntityDefinition before = current.require(entityName);
          FieldDefinition field =
              before
                  .field(fieldName)
                  .filter(FieldDefinition::deleted)
                  .orElseThrow(
                      () ->
                          RelataException.notFound(
                              "'"
                                  + entityName
                                  + "' has no deleted field named '"
                                  + fieldName
                                  + "'."));
          EntityDefinition after = before.withField(field.toBuilder().deleted(false).build());
          validateEntity(after, current, false);
          return new Change(
              before, after, "restore_field", "Restored field " + fieldName + " of " + entityName);
        });
  }

  // ---- revisions ----

  public List<Revision> revisions(String entity, int page, int size) {
    return database.transaction(c -> repository.revisions(c, entity, page * size, size));
  }

  public long countRevisions(String entity) {
    return database.transaction(c -> repository.countRevisions(c, entity));
  }

  public Revision revision(long id) {
    return database
        .transaction(c -> repository.revision(c, id))
        .orElseThrow(() -> RelataException.notFound("There is no revision " + id + "."));
  }

  /**
   * Returns the entity to its definition before the revision. Fields the revision added are hidden,
   * never dropped: their columns and data are kept, and rolling back this rollback brings them
   * back.
   */
  public EntityDefinition rollback(long revisionId, String author) {
    Revision revision = revision(revisionId);
    return change(
        author,
        current -> {
          EntityDefinition now = current.findIncludingDeleted(revision.entity()).orElseThrow();
          EntityDefinition target =
              revision.before() == null
                  ? now.withDeleted(true)
                  : keepingEveryColumn(revision.before(), now);
          if (!target.deleted()) {
            validateEntity(target, current, false);
          } else if (!lookupsTo(current, now.name()).isEmpty()) {
            throw RelataException.unprocessable(
                "revision",
                "in_use",
                "Rolling back would delete "
                    + now.name()
                    + ", the target of lookup fields "
                    + lookupsTo(current, now.name())
                    + ".");
          }
          return new Change(
              now,
              target,
              "rollback",
              "Rolled back revision " + revisionId + " (" + revision.summary() + ")");
        });
  }

  /** The target definition, with every field that exists now but not in it kept as deleted. */
  private static EntityDefinition keepingEveryColumn(
      EntityDefinition target, EntityDefinition now) {
    EntityDefinition result = target.withDeleted(false);
    for (FieldDefinition field : now.fields()) {
      if (target.field(field.name()).isEmpty()) {
        result = result.withField(field.toBuilder().deleted(true).build());
      }
    }
    return result;
  }

  // ---- import ----

  /**
   * Creates or updates entities from definitions (e.g. files). Additive: fields the files do not
   * mention are left as they are. Entities are taken in an order where lookup targets come first.
   * One transaction for all: on PostgreSQL a refused file leaves nothing of the import behind (H2
   * commits DDL at once, so there the entities before the refused one may stay). Whether an entity
   * is a standard one is never changed by a file.
   */
  public synchronized List<EntityDefinition> importDefinitions(
      List<EntityDefinition> definitions, String author) {
    try {
      return database.transaction(c -> importAll(definitions, author));
    } finally {
      // A failed import rolled back changes the catalog had already seen inside the transaction.
      reload();
    }
  }

  /** Imports inside the caller's transaction, so that on PostgreSQL all files apply or none. */
  private List<EntityDefinition> importAll(List<EntityDefinition> definitions, String author) {
    List<EntityDefinition> results = new ArrayList<>();
    for (EntityDefinition definition : orderedByLookups(definitions)) {
      var existing = catalog.findIncludingDeleted(definition.name());
      if (existing.isEmpty()) {
        results.add(createEntity(definition, author));
        continue;
      }
      results.add(
          change(
              author,
              current -> {
                EntityDefinition before =
                    current.findIncludingDeleted(definition.name()).orElseThrow();
                EntityDefinition after =
                    new EntityDefinition(
                        before.name(),
                        definition.labels().isEmpty() ? before.labels() : definition.labels(),
                        definition.pluralLabels().isEmpty()
                            ? before.pluralLabels()
                            : definition.pluralLabels(),
                        definition.nameField() == null
                            ? before.nameField()
                            : definition.nameField(),
                        before.system(),
                        false,
                        before.table(),
                        before.fields());
                for (FieldDefinition field : definition.fields()) {
                  FieldDefinition old = before.field(field.name()).orElse(null);
                  after =
                      after.withField(
                          old == null
                              ? newField(field)
                              : FieldRules.normalize(
                                  field.toBuilder().column(old.column()).deleted(false).build()));
                }
                if (after.equals(before)) {
                  return new Change(before, before, "import", "unchanged");
                }
                validateEntity(after, current, false);
                return new Change(before, after, "import", "Imported entity " + after.name());
              }));
    }
    return results;
  }

  private List<EntityDefinition> orderedByLookups(List<EntityDefinition> definitions) {
    List<EntityDefinition> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>(catalog.activeNames());
    List<EntityDefinition> pending = new ArrayList<>(definitions);
    while (!pending.isEmpty()) {
      EntityDefinition next =
          pending.stream()
              .filter(
                  e ->
                      e.fields().stream()
                          .filter(f -> f.type() == FieldType.LOOKUP && f.target() != null)
                          .allMatch(
                              f ->
                                  f.target().equals(e.name())
                                      || placed.contains(f.target())
                                      || pending.stream()
                                          .noneMatch(p -> p.name().equals(f.target()))))
              .findFirst()
              .orElseThrow(
                  () ->
                      RelataException.unprocessable(
                          "definitions",
                          "cycle",
                          "These entities look each other up in a cycle: "
                              + pending.stream().map(EntityDefinition::name).toList()
                              + ". Import one without its lookup first."));
      pending.remove(next);
      placed.add(next.name());
      ordered.add(next);
    }
    return ordered;
  }

  // ---- the one change pipeline ----

  private record Change(
      EntityDefinition before, EntityDefinition after, String action, String summary) {}

  @FunctionalInterface
  private interface ChangeBuilder {
    Change build(Catalog current) throws SQLException;
  }

  private synchronized EntityDefinition change(String author, ChangeBuilder builder) {
    Objects.requireNonNull(author, "author");
    for (int attempt = 1; ; attempt++) {
      try {
        return changeOnce(author, builder);
      } catch (DataAccessException e) {
        // Inside a caller's transaction a lock timeout has aborted it: retrying cannot help.
        if (!SqlDialect.isLockTimeout(e.sqlException()) || database.inTransaction()) {
          throw e;
        }
        if (attempt == LOCK_ATTEMPTS) {
          throw RelataException.conflict(
              "The table is busy with long-running queries, so the"
                  + " change could not be applied; nothing was changed. Try again in a moment.");
        }
      }
    }
  }

  private EntityDefinition changeOnce(String author, ChangeBuilder builder) {
    EntityDefinition result =
        database.transaction(
            c -> {
              repository.lock(c);
              Catalog current = new Catalog(repository.loadAll(c));
              Change change = builder.build(current);
              if (change.after().equals(change.before())) {
                return change.after();
              }
              applyDdl(c, current, change);
              repository.save(c, change.after(), change.before() == null);
              repository.addRevision(
                  c,
                  author,
                  change.after().name(),
                  change.action(),
                  change.summary(),
                  change.before(),
                  change.after());
              return change.after();
            });
    reload();
    listeners.forEach(l -> l.metadataChanged(catalog));
    return result;
  }

  private void applyDdl(Connection c, Catalog current, Change change) throws SQLException {
    SchemaPlanner planner =
        new SchemaPlanner(
            target ->
                current
                    .findIncludingDeleted(target)
                    .map(EntityDefinition::table)
                    .orElse(PhysicalNames.table(target)),
            userTable);
    List<SchemaChange> ddl = planner.plan(change.before(), change.after());
    schemaManager.apply(c, ddl);
  }

  // ---- validation ----

  private static FieldDefinition newField(FieldDefinition draft) {
    String column = Names.isValid(draft.name()) ? PhysicalNames.column(draft.name()) : null;
    return FieldRules.normalize(draft.toBuilder().column(column).deleted(false).build());
  }

  private static FieldDefinition activeField(EntityDefinition entity, String fieldName) {
    return entity
        .activeField(fieldName)
        .orElseThrow(
            () ->
                RelataException.notFound(
                    "'" + entity.name() + "' has no field named '" + abbreviate(fieldName) + "'."));
  }

  private static EntityDefinition withDefaultNameField(EntityDefinition entity) {
    if (entity.nameField() != null) {
      return entity;
    }
    String chosen =
        entity
            .field("name")
            .map(FieldDefinition::name)
            .orElse(
                entity.activeFields().stream()
                    .filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.AUTONUMBER)
                    .map(FieldDefinition::name)
                    .findFirst()
                    .orElse(null));
    return new EntityDefinition(
        entity.name(),
        entity.labels(),
        entity.pluralLabels(),
        chosen,
        entity.system(),
        entity.deleted(),
        entity.table(),
        entity.fields());
  }

  private static void validateEntity(EntityDefinition entity, Catalog current, boolean isNew) {
    List<FieldProblem> problems = new ArrayList<>();
    if (entity.labels().get(Labels.ENGLISH).isBlank()) {
      problems.add(new FieldProblem("labels.en", "required", "An entity needs an English label."));
    }
    FieldRules.checkLabelCharacters(entity.labels(), "labels", problems);
    FieldRules.checkLabelCharacters(entity.pluralLabels(), "pluralLabels", problems);
    Set<String> targets = new HashSet<>(current.activeNames());
    targets.add(entity.name());
    Set<String> seen = new HashSet<>();
    for (FieldDefinition field : entity.fields()) {
      if (field.name() != null && !seen.add(field.name())) {
        problems.add(
            new FieldProblem(
                field.name(), "duplicate", "The field name '" + field.name() + "' appears twice."));
      }
      if (field.deleted()) {
        continue;
      }
      for (FieldProblem p : FieldRules.problems(field, targets)) {
        String path =
            p.field().equals("name") ? field.name() == null ? "name" : field.name() : p.field();
        problems.add(new FieldProblem(path, p.code(), p.message()));
      }
      if (field.labels().get(Labels.ENGLISH).isBlank()) {
        problems.add(
            new FieldProblem(
                field.name() + ".labels.en",
                "required",
                "Field " + field.name() + " needs an English label."));
      }
      if (field.defaultValue() != null && field.type() != null && problems.isEmpty()) {
        checkDefault(field, problems);
      }
    }
    if (entity.fields().size() > 500) {
      problems.add(
          new FieldProblem("fields", "too_many", "An entity may have at most 500 fields."));
    }
    if (entity.nameField() != null && entity.activeField(entity.nameField()).isEmpty()) {
      problems.add(
          new FieldProblem(
              "nameField",
              "unknown_field",
              "The name field '"
                  + abbreviate(entity.nameField())
                  + "' is not a field of "
                  + entity.name()
                  + "."));
    }
    if (!problems.isEmpty()) {
      throw RelataException.unprocessable(problems.get(0).message(), problems);
    }
  }

  private static void checkDefault(FieldDefinition field, List<FieldProblem> problems) {
    FieldValues.Result result = FieldValues.coerceDefault(field);
    if (!result.ok()) {
      problems.add(
          new FieldProblem(
              field.name() + ".defaultValue",
              result.problem().code(),
              "Default value: " + result.problem().message()));
    }
  }

  private static List<String> lookupsTo(Catalog current, String target) {
    List<String> referrers = new ArrayList<>();
    for (EntityDefinition e : current.active()) {
      if (e.name().equals(target)) {
        continue;
      }
      for (FieldDefinition f : e.activeFields()) {
        if (f.type() == FieldType.LOOKUP && target.equals(f.target())) {
          referrers.add(e.name() + "." + f.name());
        }
      }
    }
    return referrers;
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 50 ? s.substring(0, 50) + "…" : s;
  }
}
