package dev.relata.rules.facts;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.SystemField;
import java.util.Comparator;
import java.util.List;

/**
 * The DRL that declares every active entity as a fact type, with the imports and functions every
 * rule file of package {@code relata} may use. It is compiled with the analysts' files, so a
 * metadata change takes effect with the next build of the rule base.
 */
public final class FactDeclarations {
  /** The name under which the declarations appear in build problems. */
  public static final String SOURCE_PATH = "relata/_fact_types.drl";

  /** The functions rule consequences may call; see {@code docs/rules.md}. */
  public static final List<String> FUNCTIONS =
      List.of("reject", "set", "assign", "assignToHead", "assignToRole");

  /** The functions access rules' consequences may call; see {@code docs/access.md}. */
  public static final List<String> ACCESS_FUNCTIONS =
      List.of("grantScope", "grantWhere", "forbid", "forbidWhere");

  /** System fields every fact type has, with their Java types. */
  private static final List<SystemField> SYSTEM =
      List.of(SystemField.ID, SystemField.OWNER, SystemField.VERSION);

  private FactDeclarations() {}

  /** The declarations for these entities; entities whose type names collide are refused. */
  public static String source(Catalog catalog) {
    StringBuilder drl = new StringBuilder();
    drl.append("package ").append(FactTypeNames.PACKAGE).append(";\n\n");
    for (String type :
        List.of(
            "java.math.BigDecimal",
            "java.time.Instant",
            "java.time.LocalDate",
            "java.util.List",
            Write.class.getName(),
            Actor.class.getName(),
            Subject.class.getName(),
            AccessRequest.class.getName())) {
      drl.append("import ").append(type).append(";\n");
    }
    for (String function : FUNCTIONS) {
      drl.append("import function dev.relata.rules.run.Consequences.")
          .append(function)
          .append(";\n");
    }
    for (String function : ACCESS_FUNCTIONS) {
      drl.append("import function dev.relata.rules.access.AccessConsequences.")
          .append(function)
          .append(";\n");
    }
    FactTypeNames.firstClash(catalog.active())
        .ifPresent(
            clash -> {
              throw new IllegalStateException(
                  "Entities "
                      + (clash.other() == null ? "" : clash.other() + " and ")
                      + clash.entity()
                      + " map to the same fact type "
                      + clash.type());
            });
    List<EntityDefinition> entities =
        catalog.active().stream().sorted(Comparator.comparing(EntityDefinition::name)).toList();
    for (EntityDefinition entity : entities) {
      String type = FactTypeNames.of(entity.name());
      drl.append("\ndeclare ").append(type).append('\n');
      for (SystemField system : SYSTEM) {
        drl.append("  ").append(system.apiName()).append(" : Long\n");
      }
      for (FieldDefinition field : entity.activeFields()) {
        drl.append("  ").append(field.name()).append(" : ").append(javaType(field.type()));
        drl.append('\n');
      }
      drl.append("end\n");
    }
    return drl.toString();
  }

  /** The Java type a field's values have in rules (the same the records API reads and writes). */
  public static String javaType(FieldType type) {
    return switch (type) {
      case INTEGER, LOOKUP, USER -> "Long";
      case DECIMAL, CURRENCY, PERCENT -> "BigDecimal";
      case DATE -> "LocalDate";
      case DATETIME -> "Instant";
      case BOOLEAN -> "Boolean";
      case MULTIPICKLIST -> "List";
      case TEXT, LONGTEXT, EMAIL, PHONE, URL, PICKLIST, AUTONUMBER -> "String";
    };
  }
}
