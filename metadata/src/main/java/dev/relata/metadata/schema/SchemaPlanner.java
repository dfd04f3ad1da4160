package dev.relata.metadata.schema;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.PicklistOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Plans the DDL that takes an entity's table from one definition to the next. Additive only: new
 * tables, new columns, indexes, foreign keys and sequences, and column type changes that keep every
 * value. Anything that would lose data is refused with the reason, before any DDL runs.
 */
public final class SchemaPlanner {
  private final Function<String, String> tableOfEntity;
  private final String userTable;

  /**
   * @param tableOfEntity physical table of an entity, for lookup foreign keys
   * @param userTable the users table that owner and user fields reference, or null for none
   */
  public SchemaPlanner(Function<String, String> tableOfEntity, String userTable) {
    this.tableOfEntity = tableOfEntity;
    this.userTable = userTable;
  }

  public List<SchemaChange> plan(EntityDefinition before, EntityDefinition after) {
    List<SchemaChange> changes = new ArrayList<>();
    String table = after.table();
    if (before == null) {
      changes.add(new SchemaChange.CreateTable(table));
      if (userTable != null) {
        changes.add(
            new SchemaChange.AddForeignKey(
                table, "owner_id", PhysicalNames.foreignKey(table, "owner_id"), userTable));
      }
      changes.add(
          new SchemaChange.CreateIndex(
              table, "owner_id", PhysicalNames.index(table, "owner_id"), false));
    }
    List<FieldProblem> refusals = new ArrayList<>();
    for (FieldDefinition field : after.fields()) {
      FieldDefinition old = before == null ? null : before.field(field.name()).orElse(null);
      if (old == null) {
        planNewColumn(table, field, changes);
      } else {
        planChangedColumn(table, old, field, changes, refusals);
      }
    }
    if (!refusals.isEmpty()) {
      throw new RelataException(
          ErrorKind.UNPROCESSABLE,
          refusals.size() == 1 ? refusals.get(0).text() : Message.of("schema.changes_lose_data"),
          refusals);
    }
    return changes;
  }

  private void planNewColumn(String table, FieldDefinition field, List<SchemaChange> changes) {
    String column = field.column();
    changes.add(new SchemaChange.AddColumn(table, field));
    if (field.type() == FieldType.AUTONUMBER) {
      changes.add(new SchemaChange.CreateSequence(PhysicalNames.sequence(table, column)));
    }
    planIndexes(table, null, field, changes);
    if (field.type() == FieldType.LOOKUP) {
      changes.add(
          new SchemaChange.AddForeignKey(
              table,
              column,
              PhysicalNames.foreignKey(table, column),
              tableOfEntity.apply(field.target())));
    } else if (field.type() == FieldType.USER && userTable != null) {
      changes.add(
          new SchemaChange.AddForeignKey(
              table, column, PhysicalNames.foreignKey(table, column), userTable));
    }
  }

  private void planChangedColumn(
      String table,
      FieldDefinition old,
      FieldDefinition field,
      List<SchemaChange> changes,
      List<FieldProblem> refusals) {
    if (!Objects.equals(old.column(), field.column())) {
      throw new IllegalArgumentException("A field's column never changes: " + field.name());
    }
    if (old.type() == FieldType.LOOKUP
        && field.type() == FieldType.LOOKUP
        && !Objects.equals(old.target(), field.target())) {
      refusals.add(
          FieldProblem.of(
              field.name() + ".target",
              "type_change",
              "schema.lookup_target.unchangeable",
              field.name(),
              old.target()));
      return;
    }
    removedOptions(old, field)
        .forEach(
            value ->
                refusals.add(
                    FieldProblem.of(
                        field.name() + ".options",
                        "option_removed",
                        "schema.option.removed",
                        value,
                        field.name())));
    if (!ColumnTypes.of(old).equals(ColumnTypes.of(field)) || old.type() != field.type()) {
      TypeChange change = TypeChange.between(old, field);
      if (change.refusal() != null) {
        refusals.add(new FieldProblem(field.name() + ".type", "type_change", change.refusal()));
        return;
      }
      if (!ColumnTypes.of(old).equals(ColumnTypes.of(field))) {
        changes.add(
            new SchemaChange.ChangeColumnType(
                table, old, field, change.violation(), change.violationReason()));
      }
    }
    planIndexes(table, old, field, changes);
  }

  private static void planIndexes(
      String table, FieldDefinition old, FieldDefinition field, List<SchemaChange> changes) {
    String column = field.column();
    boolean wasIndexed = old != null && needsIndex(old);
    boolean isIndexed = needsIndex(field);
    if (isIndexed && !wasIndexed) {
      changes.add(
          new SchemaChange.CreateIndex(table, column, PhysicalNames.index(table, column), false));
    } else if (!isIndexed && wasIndexed) {
      changes.add(new SchemaChange.DropIndex(table, PhysicalNames.index(table, column)));
    }
    boolean wasUnique = old != null && old.unique();
    if (field.unique() && !wasUnique) {
      changes.add(
          new SchemaChange.CreateIndex(
              table, column, PhysicalNames.uniqueIndex(table, column), true));
    } else if (!field.unique() && wasUnique) {
      changes.add(new SchemaChange.DropIndex(table, PhysicalNames.uniqueIndex(table, column)));
    }
  }

  private static boolean needsIndex(FieldDefinition field) {
    return field.indexed() || field.type().isReference();
  }

  private static List<String> removedOptions(FieldDefinition old, FieldDefinition field) {
    if (!old.type().hasOptions() || !field.type().hasOptions()) {
      return List.of();
    }
    return old.options().stream()
        .map(PicklistOption::value)
        .filter(v -> field.option(v) == null)
        .toList();
  }
}
