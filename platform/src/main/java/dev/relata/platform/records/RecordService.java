package dev.relata.platform.records;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.LocalizedText;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.FieldValues;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.SystemField;
import dev.relata.metadata.query.SqlCondition;
import dev.relata.metadata.schema.PhysicalNames;
import dev.relata.metadata.sql.Database;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.platform.access.AccessDecider;
import dev.relata.platform.identity.Actor;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleActor;
import dev.relata.rules.api.RuleEngine;
import dev.relata.rules.api.RuleOutcome;
import dev.relata.rules.api.WriteKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes records of any entity. Every write runs the same pipeline: check the input
 * against the entity's fields (unknown fields are refused, not ignored), coerce and validate
 * values, apply defaults, run the rules in force (defaults, derived values, assignment,
 * validation), check required fields, uniqueness and lookups, number, persist under an optimistic
 * lock, and write the field history, all in one transaction.
 */
public final class RecordService {
  private static final int HISTORY_LIMIT = 500;
  private final Database database;
  private final MetadataService metadata;
  private final RecordHistory history = new RecordHistory();
  private final Map<String, RecordTable> tables = new ConcurrentHashMap<>();
  private final RuleEngine rules;
  private final AccessDecider access;

  public RecordService(
      Database database, MetadataService metadata, RuleEngine rules, AccessDecider access) {
    this.database = database;
    this.metadata = metadata;
    this.rules = rules;
    this.access = access;
  }

  public Map<String, Object> create(String entityName, Map<String, Object> input, Actor actor) {
    RecordTable table = table(entityName);
    EntityDefinition entity = table.entity();
    return database.transaction(
        c -> {
          Map<String, Object> values = new LinkedHashMap<>();
          List<FieldProblem> problems = new ArrayList<>();
          Long owner = coerceInput(entity, input, null, values, problems);
          if (problems.isEmpty()) {
            Map<String, Object> submitted = new HashMap<>(values);
            submitted.put(SystemField.OWNER.apiName(), owner == null ? actor.userId() : owner);
            require(
                actor,
                entity,
                AccessAction.CREATE,
                submitted,
                Message.of("record.forbidden.create", label(entity)));
            if (owner != null && owner != actor.userId()) {
              require(
                  actor,
                  entity,
                  AccessAction.ASSIGN,
                  submitted,
                  Message.of("record.forbidden.assign", label(entity)));
            }
          }
          for (FieldDefinition field : entity.activeFields()) {
            if (!values.containsKey(field.name()) && field.defaultValue() != null) {
              values.put(field.name(), FieldValues.coerceDefault(field).value());
            }
          }
          if (problems.isEmpty()) {
            RuleOutcome outcome =
                runRules(
                    c,
                    entity,
                    WriteKind.CREATE,
                    null,
                    owner == null ? actor.userId() : owner,
                    values,
                    Map.of(),
                    actor);
            values.putAll(outcome.changes());
            owner = outcome.owner() == null ? owner : outcome.owner();
            problems.addAll(outcome.problems());
          }
          for (FieldDefinition field : entity.activeFields()) {
            if (field.required()
                && values.get(field.name()) == null
                && problems.stream().noneMatch(p -> p.field().equals(field.name()))) {
              problems.add(
                  FieldProblem.of(field.name(), "required", "value.required", field.name()));
            }
          }
          checkReferences(c, table, values, null, owner, problems);
          throwIfAny(problems);
          for (FieldDefinition field : entity.activeFields()) {
            if (field.type() == FieldType.AUTONUMBER) {
              values.put(field.name(), nextNumber(c, entity, field));
            }
          }
          Instant now = Instant.now();
          long recordOwner = owner == null ? actor.userId() : owner;
          Map<String, Object> created =
              persist(() -> table.insert(c, values, recordOwner, actor.userId(), now), entity);
          history.event(
              c,
              entityName,
              (Long) created.get(SystemField.ID.apiName()),
              "create",
              actor.userId(),
              now);
          return created;
        });
  }

  /** A record the actor may read; one they may not is not found, like one that does not exist. */
  public Map<String, Object> get(String entityName, long id, Actor actor) {
    RecordTable table = table(entityName);
    return database
        .read(c -> table.find(c, id, false))
        .filter(record -> may(actor, table.entity(), AccessAction.READ, record))
        .orElseThrow(() -> notFound(entityName, id));
  }

  /** Whether writes of the entity run rules, so that a bulk change must go record by record. */
  public boolean rulesRunOn(EntityDefinition entity) {
    return rules.runsOn(entity);
  }

  /**
   * Changes the given fields of a record read at {@code version}. A stale version is a 409 and
   * nothing is written.
   */
  public Map<String, Object> update(
      String entityName, long id, Map<String, Object> input, Long version, Actor actor) {
    if (version == null) {
      throw RelataException.badRequest("record.version.required");
    }
    RecordTable table = table(entityName);
    EntityDefinition entity = table.entity();
    return database.transaction(
        c -> {
          Map<String, Object> before =
              table
                  .find(c, id, false)
                  .filter(record -> may(actor, entity, AccessAction.READ, record))
                  .orElseThrow(() -> notFound(entityName, id));
          require(
              actor,
              entity,
              AccessAction.EDIT,
              before,
              Message.of("record.forbidden.edit", label(entity)));
          Map<String, Object> values = new LinkedHashMap<>();
          List<FieldProblem> problems = new ArrayList<>();
          Long owner = coerceInput(entity, input, before, values, problems);
          if (owner != null && !owner.equals(before.get(SystemField.OWNER.apiName()))) {
            require(
                actor,
                entity,
                AccessAction.ASSIGN,
                before,
                Message.of("record.forbidden.assign", label(entity)));
          }
          if (problems.isEmpty()) {
            Map<String, Object> stored = fieldValues(entity, before);
            Map<String, Object> after = new HashMap<>(stored);
            after.putAll(values);
            RuleOutcome outcome =
                runRules(
                    c,
                    entity,
                    WriteKind.UPDATE,
                    before,
                    owner == null ? (Long) before.get(SystemField.OWNER.apiName()) : owner,
                    after,
                    stored,
                    actor);
            for (Map.Entry<String, Object> change : outcome.changes().entrySet()) {
              values.put(change.getKey(), change.getValue());
            }
            owner = outcome.owner() == null ? owner : outcome.owner();
            problems.addAll(outcome.problems());
          }
          for (Map.Entry<String, Object> entry : values.entrySet()) {
            FieldDefinition field = entity.activeField(entry.getKey()).orElseThrow();
            if (field.required() && entry.getValue() == null) {
              problems.add(
                  FieldProblem.of(field.name(), "required", "value.required", field.name()));
            }
          }
          checkReferences(c, table, values, id, owner, problems);
          throwIfAny(problems);
          if (!version.equals(before.get(SystemField.VERSION.apiName()))) {
            throw conflict(entityName, id);
          }
          Instant now = Instant.now();
          Long newOwner = owner;
          boolean updated =
              persist(
                  () -> table.update(c, id, version, values, newOwner, actor.userId(), now),
                  entity);
          if (!updated) {
            throw conflict(entityName, id);
          }
          Map<String, Object> changed = new LinkedHashMap<>(values);
          if (owner != null) {
            changed.put(SystemField.OWNER.apiName(), owner);
          }
          history.fieldChanges(c, entityName, id, before, changed, actor.userId(), now);
          return table.find(c, id, false).orElseThrow();
        });
  }

  /** Moves a record to the recycle bin. */
  public void delete(String entityName, long id, Actor actor) {
    RecordTable table = table(entityName);
    database.execute(
        c -> {
          Map<String, Object> record =
              table
                  .find(c, id, false)
                  .filter(r -> may(actor, table.entity(), AccessAction.READ, r))
                  .orElseThrow(() -> notFound(entityName, id));
          require(
              actor,
              table.entity(),
              AccessAction.DELETE,
              record,
              Message.of("record.forbidden.delete", label(table.entity())));
          Instant now = Instant.now();
          if (!table.setDeleted(c, id, true, actor.userId(), now)) {
            throw notFound(entityName, id);
          }
          history.event(c, entityName, id, "delete", actor.userId(), now);
        });
  }

  /** Brings a record back from the recycle bin. */
  public Map<String, Object> restore(String entityName, long id, Actor actor) {
    RecordTable table = table(entityName);
    return database.transaction(
        c -> {
          Map<String, Object> record =
              table
                  .find(c, id, true)
                  .filter(r -> may(actor, table.entity(), AccessAction.READ, r))
                  .orElseThrow(
                      () -> RelataException.notFound("record.not_in_recycle_bin", entityName, id));
          require(
              actor,
              table.entity(),
              AccessAction.DELETE,
              record,
              Message.of("record.forbidden.restore", label(table.entity())));
          Instant now = Instant.now();
          if (!table.setDeleted(c, id, false, actor.userId(), now)) {
            throw RelataException.notFound("record.not_in_recycle_bin", entityName, id);
          }
          history.event(c, entityName, id, "restore", actor.userId(), now);
          return table.find(c, id, false).orElseThrow();
        });
  }

  /** A page of the records the actor may read, and their count. */
  public RecordPage list(String entityName, RecordQuery query, Actor actor) {
    RecordTable table = table(entityName);
    SqlCondition readable = access.access(actor, entityName, AccessAction.READ).where();
    return database.read(c -> table.list(c, query, readable));
  }

  public List<FieldChange> history(String entityName, long id, Actor actor) {
    RecordTable table = table(entityName);
    return database.read(
        c -> {
          Optional<Map<String, Object>> record = table.find(c, id, false);
          if (record.isEmpty()) {
            record = table.find(c, id, true);
          }
          if (record.isEmpty() || !may(actor, table.entity(), AccessAction.READ, record.get())) {
            throw notFound(entityName, id);
          }
          return history.of(c, entityName, id, HISTORY_LIMIT);
        });
  }

  /**
   * The entity's table SQL, built once per definition: the catalog hands out the same definition
   * object until a metadata change replaces it, and then the table is built again.
   */
  private RecordTable table(String entityName) {
    EntityDefinition entity = metadata.catalog().require(entityName);
    RecordTable table = tables.get(entity.name());
    if (table == null || table.entity() != entity) {
      table = new RecordTable(entity);
      tables.put(entity.name(), table);
    }
    return table;
  }

  /**
   * Runs the rules in force on the record as it will be saved ({@code values}: every field's value
   * after the input is applied). The rules see the acting user with their department, and find the
   * users they assign to on this write's connection.
   */
  private RuleOutcome runRules(
      Connection c,
      EntityDefinition entity,
      WriteKind kind,
      Map<String, Object> stored,
      Long owner,
      Map<String, Object> values,
      Map<String, Object> before,
      Actor actor) {
    if (!rules.runsOn(entity)) {
      return RuleOutcome.NONE;
    }
    DirectoryPeople people = new DirectoryPeople(c);
    RuleActor ruleActor =
        new RuleActor(
            actor.userId(),
            actor.username(),
            actor.roles(),
            () -> people.departmentOf(actor.userId()));
    return rules.apply(
        new RecordWrite(
            entity,
            kind,
            stored == null ? null : (Long) stored.get(SystemField.ID.apiName()),
            stored == null ? null : (Long) stored.get(SystemField.VERSION.apiName()),
            owner,
            values,
            before,
            ruleActor,
            people));
  }

  /** The active fields' values of a stored record, without its system fields. */
  private static Map<String, Object> fieldValues(
      EntityDefinition entity, Map<String, Object> record) {
    Map<String, Object> values = new HashMap<>();
    for (FieldDefinition field : entity.activeFields()) {
      values.put(field.name(), record.get(field.name()));
    }
    return values;
  }

  /**
   * Coerces the input's field values into {@code values}; returns the new owner if the input names
   * one. Unknown and read-only names are problems.
   */
  private static Long coerceInput(
      EntityDefinition entity,
      Map<String, Object> input,
      Map<String, Object> before,
      Map<String, Object> values,
      List<FieldProblem> problems) {
    Long owner = null;
    for (Map.Entry<String, Object> entry : input.entrySet()) {
      String name = entry.getKey();
      SystemField system = SystemField.fromApiName(name);
      if (system == SystemField.OWNER) {
        FieldDefinition ownerField = FieldDefinition.builder("owner", FieldType.USER).build();
        FieldValues.Result result = FieldValues.coerce(ownerField, entry.getValue(), null);
        if (!result.ok()) {
          problems.add(result.problem());
        } else if (result.value() == null) {
          problems.add(FieldProblem.of("owner", "required", "record.owner.required"));
        } else {
          owner = (Long) result.value();
        }
        continue;
      }
      if (system != null) {
        problems.add(FieldProblem.of(name, "read_only", "record.system_field.read_only", name));
        continue;
      }
      var field = entity.activeField(name);
      if (field.isEmpty()) {
        problems.add(
            FieldProblem.of(
                abbreviate(name),
                "unknown_field",
                "record.unknown_field",
                abbreviate(name),
                entity.name()));
        continue;
      }
      Object previous = before == null ? null : before.get(name);
      FieldValues.Result result = FieldValues.coerce(field.get(), entry.getValue(), previous);
      if (result.ok()) {
        values.put(name, result.value());
      } else {
        problems.add(result.problem());
      }
    }
    return owner;
  }

  private void checkReferences(
      Connection c,
      RecordTable table,
      Map<String, Object> values,
      Long recordId,
      Long owner,
      List<FieldProblem> problems)
      throws SQLException {
    EntityDefinition entity = table.entity();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      FieldDefinition field = entity.activeField(entry.getKey()).orElseThrow();
      if (field.unique() && table.valueTaken(c, field, entry.getValue(), recordId)) {
        problems.add(uniqueProblem(field));
      }
      if (field.type() == FieldType.LOOKUP) {
        String targetTable =
            metadata
                .catalog()
                .findIncludingDeleted(field.target())
                .map(EntityDefinition::table)
                .orElse(PhysicalNames.table(field.target()));
        if (!exists(
            c,
            "SELECT 1 FROM " + targetTable + " WHERE id = ? AND deleted = FALSE",
            (Long) entry.getValue())) {
          problems.add(
              FieldProblem.of(
                  field.name(), "lookup", "record.not_found", field.target(), entry.getValue()));
        }
      } else if (field.type() == FieldType.USER && !activeUser(c, (Long) entry.getValue())) {
        problems.add(
            FieldProblem.of(field.name(), "lookup", "user.active_not_found", entry.getValue()));
      }
    }
    if (owner != null && !activeUser(c, owner)) {
      problems.add(FieldProblem.of("owner", "lookup", "user.active_not_found", owner));
    }
  }

  /**
   * Whether a user may own records or be a user field's value: anyone not deactivated. A locked
   * user still counts, as everywhere else (departments, managers, reassignment): a lockout only
   * stops signing in for a while, and {@code GET /users} lists them.
   */
  private static boolean activeUser(Connection c, long id) throws SQLException {
    return exists(c, "SELECT 1 FROM app_user WHERE id = ? AND status <> 'deactivated'", id);
  }

  private static boolean exists(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private String nextNumber(Connection c, EntityDefinition entity, FieldDefinition field)
      throws SQLException {
    String sequence = PhysicalNames.sequence(entity.table(), field.column());
    long next;
    try (PreparedStatement ps =
            c.prepareStatement("SELECT " + database.dialect().nextValue(sequence));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      next = rs.getLong(1);
    }
    return AutoNumbers.format(field.pattern(), next);
  }

  /** Runs a write, turning a unique-index race into the same 422 the pre-check gives. */
  private static <T> T persist(SqlCall<T> call, EntityDefinition entity) throws SQLException {
    try {
      return call.run();
    } catch (SQLException e) {
      if (SqlDialect.isUniqueViolation(e)) {
        FieldDefinition field =
            entity.activeFields().stream()
                .filter(FieldDefinition::unique)
                .filter(
                    f ->
                        String.valueOf(e.getMessage())
                            .toLowerCase()
                            .contains(PhysicalNames.uniqueIndex(entity.table(), f.column())))
                .findFirst()
                .orElse(null);
        FieldProblem problem =
            field == null
                ? FieldProblem.of("record", "unique", "record.unique.values")
                : uniqueProblem(field);
        throw RelataException.invalid(List.of(problem));
      }
      throw e;
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException;
  }

  private static FieldProblem uniqueProblem(FieldDefinition field) {
    return FieldProblem.of(field.name(), "unique", "record.unique", field.name());
  }

  private static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw problems.size() == 1
          ? RelataException.invalid(problems)
          : new RelataException(
              ErrorKind.UNPROCESSABLE, Message.of("record.problems", problems.size()), problems);
    }
  }

  /** Whether the actor's access reaches this record for the action. */
  private boolean may(
      Actor actor, EntityDefinition entity, AccessAction action, Map<String, Object> record) {
    return access.access(actor, entity.name(), action).allows(record, access.organisation());
  }

  /** Refuses (403) an action the actor's access does not reach for this record. */
  private void require(
      Actor actor,
      EntityDefinition entity,
      AccessAction action,
      Map<String, Object> record,
      Message refusal) {
    if (!may(actor, entity, action, record)) {
      throw new RelataException(ErrorKind.FORBIDDEN, refusal);
    }
  }

  /** The entity's name in the reader's language, for messages. */
  private static LocalizedText label(EntityDefinition entity) {
    Labels labels = entity.labels();
    return locale -> labels.get(locale.toLanguageTag());
  }

  private static RelataException notFound(String entity, long id) {
    return RelataException.notFound("record.not_found", entity, id);
  }

  private static RelataException conflict(String entity, long id) {
    return RelataException.conflict("record.stale", entity, id);
  }

  private static String abbreviate(String s) {
    return s.length() > 50 ? s.substring(0, 50) + "…" : s;
  }
}
