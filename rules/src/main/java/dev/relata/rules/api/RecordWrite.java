package dev.relata.rules.api;

import dev.relata.metadata.model.EntityDefinition;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A record about to be written, as rules see it.
 *
 * @param values every active field's value as the record will be saved (absent or null: empty)
 * @param before the stored values before an update; empty for a create
 * @param id the record's id; null for a create
 * @param owner the owner the record will have
 */
public record RecordWrite(
    EntityDefinition entity,
    WriteKind kind,
    Long id,
    Long version,
    Long owner,
    Map<String, Object> values,
    Map<String, Object> before,
    RuleActor actor,
    People people) {

  public RecordWrite {
    // Copies that allow nulls: an empty field is a null value.
    values = Collections.unmodifiableMap(new HashMap<>(values));
    before = Collections.unmodifiableMap(new HashMap<>(before));
  }
}
