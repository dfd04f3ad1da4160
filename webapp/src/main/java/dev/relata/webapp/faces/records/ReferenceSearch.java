package dev.relata.webapp.faces.records;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.platform.records.RecordQuery;
import dev.relata.webapp.faces.Metadata;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Suggestions for lookup and user fields: records of the target entity whose name field contains
 * the typed text, or active users whose username or display name does.
 */
@RequestScoped
public class ReferenceSearch {
  static final int SUGGESTIONS = 10;
  private final Metadata metadata;

  @Inject
  public ReferenceSearch(Metadata metadata) {
    this.metadata = metadata;
  }

  protected ReferenceSearch() {
    this(null);
  }

  public List<LookupChoice> suggest(FieldDefinition field, String text) {
    if (field.type() == FieldType.USER) {
      return metadata.relata().identity().searchUsers(text, SUGGESTIONS).stream()
          .map(u -> new LookupChoice(u.id(), ReferenceNames.displayName(u)))
          .toList();
    }
    EntityDefinition target = metadata.entity(field.target()).orElse(null);
    if (field.type() != FieldType.LOOKUP || target == null || target.nameField() == null) {
      return List.of();
    }
    String name = target.nameField();
    String filter =
        text == null || text.isBlank()
            ? null
            : "contains(" + name + ", '" + text.replace("'", "''") + "')";
    try {
      return metadata
          .relata()
          .records()
          .list(target.name(), RecordQuery.of(filter, name, 0, SUGGESTIONS), metadata.actor())
          .items()
          .stream()
          .map(
              r ->
                  new LookupChoice(
                      (Long) r.get("id"), r.get(name) == null ? null : String.valueOf(r.get(name))))
          .toList();
    } catch (dev.relata.metadata.error.RelataException e) {
      // A name field that is not text cannot be searched by "contains": offer nothing.
      return List.of();
    }
  }
}
