package dev.relata.webapp.rest.openapi;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;

import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldRules;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import java.util.ArrayList;
import java.util.List;

/** Definitions for document tests: the standard objects and a custom entity with every type. */
final class Gadgets {
  private Gadgets() {}

  /** A custom entity with one field of every type, normalized as the platform stores it. */
  static EntityDefinition gadget() {
    EntityDefinition draft =
        entity(
            "gadget",
            field("notes", FieldType.LONGTEXT).helpText("Anything worth knowing.").build(),
            field("units", FieldType.INTEGER).build(),
            field("weight", FieldType.DECIMAL).precision(8).scale(3).build(),
            field("price", FieldType.CURRENCY).required(true).build(),
            field("discount", FieldType.PERCENT).defaultValue("5").build(),
            field("launched_on", FieldType.DATE).build(),
            field("checked_at", FieldType.DATETIME).build(),
            field("active", FieldType.BOOLEAN).defaultValue("true").build(),
            field("colour", FieldType.PICKLIST)
                .labels(Labels.of("Colour", "颜色"))
                .required(true)
                .options(
                    List.of(
                        new PicklistOption("red", Labels.of("Red"), 2, true),
                        new PicklistOption("blue", Labels.of("Blue"), 1, true),
                        new PicklistOption("mauve", Labels.of("Mauve"), 3, false)))
                .build(),
            field("tags", FieldType.MULTIPICKLIST)
                .options(
                    List.of(
                        new PicklistOption("new", Labels.of("New"), 1, true),
                        new PicklistOption("old", Labels.of("Old"), 2, false)))
                .build(),
            field("contact_email", FieldType.EMAIL).unique(true).build(),
            field("phone", FieldType.PHONE).build(),
            field("website", FieldType.URL).build(),
            field("maker", FieldType.LOOKUP).target("customer").build(),
            field("reviewer", FieldType.USER).build(),
            field("serial", FieldType.AUTONUMBER).pattern("GD-{0000}").build());
    List<dev.relata.metadata.model.FieldDefinition> fields = new ArrayList<>();
    draft.fields().forEach(f -> fields.add(FieldRules.normalize(f)));
    return draft.withFields(fields);
  }

  /** The standard objects and the gadget. */
  static List<EntityDefinition> installation() {
    List<EntityDefinition> all = new ArrayList<>(StandardDefinitions.load());
    all.add(gadget());
    return all;
  }
}
