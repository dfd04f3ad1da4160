package dev.relata.metadata.catalog;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable snapshot of every entity definition, deleted entities included. */
public final class Catalog {
  private final Map<String, EntityDefinition> entities;

  public Catalog(Collection<EntityDefinition> definitions) {
    Map<String, EntityDefinition> map = new TreeMap<>();
    definitions.forEach(e -> map.put(e.name(), e));
    this.entities = java.util.Collections.unmodifiableMap(map);
  }

  /** This catalog with {@code definition} in place of the entity of its name, or added. */
  public Catalog with(EntityDefinition definition) {
    Map<String, EntityDefinition> map = new TreeMap<>(entities);
    map.put(definition.name(), definition);
    return new Catalog(map.values());
  }

  /** The entity if it exists and is not deleted. */
  public Optional<EntityDefinition> find(String name) {
    return Optional.ofNullable(entities.get(name)).filter(e -> !e.deleted());
  }

  /** The active entity, or 404 naming it. */
  public EntityDefinition require(String name) {
    return find(name)
        .orElseThrow(() -> RelataException.notFound("entity.not_found", abbreviate(name)));
  }

  public Optional<EntityDefinition> findIncludingDeleted(String name) {
    return Optional.ofNullable(entities.get(name));
  }

  public java.util.List<EntityDefinition> active() {
    return entities.values().stream().filter(e -> !e.deleted()).toList();
  }

  public java.util.List<EntityDefinition> all() {
    return java.util.List.copyOf(entities.values());
  }

  public java.util.Set<String> activeNames() {
    return active().stream()
        .map(EntityDefinition::name)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 50 ? s.substring(0, 50) + "…" : s;
  }
}
