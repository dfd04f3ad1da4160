package dev.relata.metadata.schema;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.model.FieldDefinition;

/** One step of DDL, planned from a definition change and applied in order. */
public sealed interface SchemaChange {

  /** A record table with the system columns only; fields arrive as {@link AddColumn}s. */
  record CreateTable(String table) implements SchemaChange {}

  record AddColumn(String table, FieldDefinition field) implements SchemaChange {}

  /**
   * A column type change that is safe only if no row breaks {@code violation}, an SQL condition on
   * the column that is true for a value the new type cannot hold (null if none can), and {@code
   * reason} says which values those are.
   */
  record ChangeColumnType(
      String table, FieldDefinition before, FieldDefinition after, String violation, Message reason)
      implements SchemaChange {}

  record CreateIndex(String table, String column, String name, boolean unique)
      implements SchemaChange {}

  record DropIndex(String table, String name) implements SchemaChange {}

  record AddForeignKey(String table, String column, String name, String targetTable)
      implements SchemaChange {}

  record CreateSequence(String name) implements SchemaChange {}
}
