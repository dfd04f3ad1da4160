package dev.relata.rules.facts;

import dev.relata.metadata.model.EntityDefinition;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How entities are named in rules: {@code service_request} is the fact type {@code ServiceRequest}.
 */
public final class FactTypeNames {
  /** The package of every generated fact type, and the one rule files are written in. */
  public static final String PACKAGE = "relata";

  /** Type names the write's context takes; no entity may map to one of them. */
  public static final Set<String> CONTEXT = Set.of("Write", "Actor");

  private FactTypeNames() {}

  /** The fact type of an entity: each part between underscores capitalised, joined. */
  public static String of(String entityName) {
    StringBuilder name = new StringBuilder();
    for (String part : entityName.split("_")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  /**
   * The first entity whose fact type is taken, by another entity or by the write's context, in name
   * order; empty when every entity has a type of its own.
   *
   * @return the entity, its type, and the entity that has it already (null for a context type)
   */
  public static Optional<Clash> firstClash(Collection<EntityDefinition> entities) {
    Map<String, String> taken = new HashMap<>();
    for (EntityDefinition entity :
        entities.stream().sorted(Comparator.comparing(EntityDefinition::name)).toList()) {
      String type = of(entity.name());
      String previous = taken.putIfAbsent(type, entity.name());
      if (previous != null || CONTEXT.contains(type)) {
        return Optional.of(new Clash(entity.name(), type, previous));
      }
    }
    return Optional.empty();
  }

  /** Two entities, or an entity and a context type, that would be the same fact type. */
  public record Clash(String entity, String type, String other) {}
}
