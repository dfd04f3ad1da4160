package dev.relata.webapp.faces.records;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.User;
import dev.relata.platform.records.RecordQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the names to show for lookup and user values of a set of records: one list query per target
 * entity ({@code id in (...)}) and one read per distinct user, instead of one query per cell.
 */
final class ReferenceNames {
  private final Relata relata;
  private final Catalog catalog;
  private final Actor actor;

  ReferenceNames(Relata relata, Catalog catalog, Actor actor) {
    this.relata = relata;
    this.catalog = catalog;
    this.actor = actor;
  }

  /** Names by field name, then by id, for every reference field of the entity. */
  Map<String, Map<Long, String>> of(EntityDefinition entity, List<Map<String, Object>> records) {
    Map<String, Set<Long>> idsByTarget = new HashMap<>();
    Set<Long> userIds = new TreeSet<>();
    for (FieldDefinition field : referenceFields(entity)) {
      Set<Long> ids =
          records.stream()
              .map(r -> (Long) r.get(field.name()))
              .filter(Objects::nonNull)
              .collect(Collectors.toCollection(TreeSet::new));
      if (field.type() == FieldType.USER) {
        userIds.addAll(ids);
      } else {
        idsByTarget.computeIfAbsent(field.target(), t -> new TreeSet<>()).addAll(ids);
      }
    }
    Map<String, Map<Long, String>> namesByTarget = new HashMap<>();
    idsByTarget.forEach((target, ids) -> namesByTarget.put(target, recordNames(target, ids)));
    Map<Long, String> userNames = userNames(userIds);
    Map<String, Map<Long, String>> byField = new LinkedHashMap<>();
    for (FieldDefinition field : referenceFields(entity)) {
      byField.put(
          field.name(),
          field.type() == FieldType.USER
              ? userNames
              : namesByTarget.getOrDefault(field.target(), Map.of()));
    }
    return byField;
  }

  /** The name field's value of each record of the target entity that can be read. */
  Map<Long, String> recordNames(String target, Collection<Long> ids) {
    EntityDefinition entity = catalog.find(target).orElse(null);
    if (ids.isEmpty() || entity == null || entity.nameField() == null) {
      return Map.of();
    }
    String filter =
        "id in (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    Map<Long, String> names = new HashMap<>();
    relata
        .records()
        .list(
            target,
            RecordQuery.of(filter, null, 0, Math.min(ids.size(), RecordQuery.MAX_SIZE)),
            actor)
        .items()
        .forEach(
            r -> {
              Object name = r.get(entity.nameField());
              if (name != null) {
                names.put((Long) r.get("id"), String.valueOf(name));
              }
            });
    return names;
  }

  Map<Long, String> userNames(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    for (Long id : ids) {
      relata.identity().user(id).ifPresent(u -> names.put(id, displayName(u)));
    }
    return names;
  }

  static String displayName(User user) {
    return user.displayName() == null || user.displayName().isBlank()
        ? user.username()
        : user.displayName();
  }

  private static List<FieldDefinition> referenceFields(EntityDefinition entity) {
    return entity.activeFields().stream().filter(f -> f.type().isReference()).toList();
  }
}
