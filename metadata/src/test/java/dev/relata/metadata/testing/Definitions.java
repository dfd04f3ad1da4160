package dev.relata.metadata.testing;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import java.util.ArrayList;
import java.util.List;

/** Small builders of definition drafts, labelled after their names, for tests. */
public final class Definitions {
  private Definitions() {}

  /** A draft entity with a required text field {@code name} and the given fields. */
  public static EntityDefinition entity(String name, FieldDefinition... fields) {
    List<FieldDefinition> all = new ArrayList<>();
    all.add(field("name", FieldType.TEXT).required(true).build());
    all.addAll(List.of(fields));
    return bare(name, all);
  }

  /** A draft entity with exactly the given fields and no name field chosen. */
  public static EntityDefinition bare(String name, List<FieldDefinition> fields) {
    return new EntityDefinition(
        name,
        Labels.of(label(name)),
        Labels.of(label(name) + "s"),
        null,
        false,
        false,
        null,
        fields);
  }

  /** A field draft with an English label; chain the builder for the rest. */
  public static FieldDefinition.Builder field(String name, FieldType type) {
    return FieldDefinition.builder(name, type).labels(Labels.of(label(name)));
  }

  public static FieldDefinition text(String name) {
    return field(name, FieldType.TEXT).build();
  }

  public static FieldDefinition text(String name, int length) {
    return field(name, FieldType.TEXT).length(length).build();
  }

  public static FieldDefinition lookup(String name, String target) {
    return field(name, FieldType.LOOKUP).target(target).build();
  }

  public static FieldDefinition picklist(String name, String... values) {
    return field(name, FieldType.PICKLIST).options(options(values)).build();
  }

  public static List<PicklistOption> options(String... values) {
    List<PicklistOption> options = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      options.add(new PicklistOption(values[i], Labels.of(values[i]), i + 1, true));
    }
    return options;
  }

  private static String label(String name) {
    String spaced = name == null || name.isEmpty() ? "x" : name.replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
