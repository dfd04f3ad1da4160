package dev.relata.metadata.catalog;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
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

  /** The most fields, deleted ones included, that one entity may have. */
  private static final int MAX_FIELDS = 500;

  private final Database database;
  private final MetadataRepository repository = new MetadataRepository();
  private final SchemaManager schemaManager;
  private final String userTable;
  private final List<MetadataListener> listeners = new CopyOnWriteArrayList<>();
  private final List<MetadataGuard> guards = new CopyOnWriteArrayList<>();
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

  /** Adds a check that every later change must pass before it commits. */
  public void addGuard(MetadataGuard guard) {
    guards.add(guard);
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
          Message problem = Names.problem(draft.name());
          if (problem != null) {
            throw RelataException.invalid(
                List.of(new FieldProblem("name", "invalid_name", problem)));
          }
          var existing = current.findIncludingDeleted(draft.name());
          if (existing.isPresent()) {
            throw existing.get().deleted()
                ? RelataException.invalid(
                    "name", "duplicate", "entity.exists_in_recycle_bin", draft.name())
                : RelataException.invalid("name", "duplicate", "entity.exists", draft.name());
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
            throw RelataException.invalid(
                "name", "system_entity", "entity.standard_not_deletable", name);
          }
          List<String> referrers = lookupsTo(current, name);
          if (!referrers.isEmpty()) {
            throw RelataException.invalid(
                "name", "in_use", "entity.lookup_target", name, String.join(", ", referrers));
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
            throw existing.get().deleted()
                ? RelataException.invalid(
                    "name", "duplicate", "field.exists_deleted", entityName, draft.name())
                : RelataException.invalid(
                    "name", "duplicate", "field.exists", entityName, draft.name());
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
            throw RelataException.invalid(
                fieldName, "in_use", "field.is_name_field", fieldName, entityName);
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
                              "field.deleted_not_found", entityName, abbreviate(fieldName)));
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
        .orElseThrow(() -> RelataException.notFound("revision.not_found", id));
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
            throw RelataException.invalid(
                "revision",
                "in_use",
                "revision.rollback_deletes_lookup_target",
                now.name(),
                String.join(", ", lookupsTo(current, now.name())));
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
                      RelataException.invalid(
                          "definitions",
                          "cycle",
                          "import.lookup_cycle",
                          String.join(
                              ", ", pending.stream().map(EntityDefinition::name).toList())));
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
          // Not conflict(key): a key without arguments would pick the deprecated text overload.
          throw RelataException.conflict("schema.table_busy");
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
              Catalog candidate = current.with(change.after());
              guards.forEach(guard -> guard.check(candidate));
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
                RelataException.notFound("field.not_found", entity.name(), abbreviate(fieldName)));
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
      problems.add(FieldProblem.of("labels.en", "required", "entity.label_en.required"));
    }
    FieldRules.checkLabelCharacters(entity.labels(), "labels", problems);
    FieldRules.checkLabelCharacters(entity.pluralLabels(), "pluralLabels", problems);
    Set<String> targets = new HashSet<>(current.activeNames());
    targets.add(entity.name());
    Set<String> seen = new HashSet<>();
    for (FieldDefinition field : entity.fields()) {
      if (field.name() != null && !seen.add(field.name())) {
        problems.add(
            FieldProblem.of(field.name(), "duplicate", "field.name.duplicate", field.name()));
      }
      if (field.deleted()) {
        continue;
      }
      for (FieldProblem p : FieldRules.problems(field, targets)) {
        String path =
            p.field().equals("name") ? field.name() == null ? "name" : field.name() : p.field();
        problems.add(new FieldProblem(path, p.code(), p.text()));
      }
      if (field.labels().get(Labels.ENGLISH).isBlank()) {
        problems.add(
            FieldProblem.of(
                field.name() + ".labels.en", "required", "field.label_en.required", field.name()));
      }
      if (field.defaultValue() != null && field.type() != null && problems.isEmpty()) {
        checkDefault(field, problems);
      }
    }
    if (entity.fields().size() > MAX_FIELDS) {
      problems.add(FieldProblem.of("fields", "too_many", "entity.fields.too_many", MAX_FIELDS));
    }
    if (entity.nameField() != null && entity.activeField(entity.nameField()).isEmpty()) {
      problems.add(
          FieldProblem.of(
              "nameField",
              "unknown_field",
              "entity.name_field.unknown",
              abbreviate(entity.nameField()),
              entity.name()));
    }
    if (!problems.isEmpty()) {
      // The first problem heads the refusal, as it did before messages had keys.
      throw new RelataException(ErrorKind.UNPROCESSABLE, problems.get(0).text(), problems);
    }
  }

  private static void checkDefault(FieldDefinition field, List<FieldProblem> problems) {
    FieldValues.Result result = FieldValues.coerceDefault(field);
    if (!result.ok()) {
      problems.add(
          FieldProblem.of(
              field.name() + ".defaultValue",
              result.problem().code(),
              "field.default_value.invalid",
              result.problem().text()));
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
