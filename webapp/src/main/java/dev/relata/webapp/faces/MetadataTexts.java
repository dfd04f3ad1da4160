package dev.relata.webapp.faces;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.PicklistOption;

/**
 * Labels of entities, fields and picklist options in one language, falling back to English and then
 * to the api name so that nothing shows up blank.
 */
public record MetadataTexts(String tag) {

  public String entity(EntityDefinition entity) {
    return orName(entity.labels().get(tag), entity.name());
  }

  public String plural(EntityDefinition entity) {
    String plural = entity.pluralLabels().get(tag);
    return plural == null || plural.isBlank() ? entity(entity) : plural;
  }

  public String field(FieldDefinition field) {
    return orName(field.labels().get(tag), field.name());
  }

  /** The option's label, or the stored value itself if the option no longer exists. */
  public String option(FieldDefinition field, String value) {
    PicklistOption option = field.option(value);
    return option == null ? value : orName(option.labels().get(tag), value);
  }

  private static String orName(String label, String name) {
    return label == null || label.isBlank() ? name : label;
  }
}
