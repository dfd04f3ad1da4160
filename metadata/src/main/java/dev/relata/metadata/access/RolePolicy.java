package dev.relata.metadata.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One role's part of the access policy: its cells of the permission matrix by entity, its field
 * permissions by entity and field, and its system permissions. An entity the role has no cells for
 * is decided by {@link AccessPolicy#scope}; a field without a permission is editable.
 */
public record RolePolicy(
    SortedMap<String, Map<AccessAction, Scope>> objects,
    SortedMap<String, SortedMap<String, FieldAccess>> fields,
    Set<SystemPermission> system) {

  public static final RolePolicy EMPTY = new RolePolicy(new TreeMap<>(), new TreeMap<>(), Set.of());

  public RolePolicy {
    SortedMap<String, Map<AccessAction, Scope>> cells = new TreeMap<>();
    objects.forEach(
        (entity, byAction) -> {
          Map<AccessAction, Scope> copy = new EnumMap<>(AccessAction.class);
          copy.putAll(byAction);
          cells.put(entity, Collections.unmodifiableMap(copy));
        });
    objects = Collections.unmodifiableSortedMap(cells);
    SortedMap<String, SortedMap<String, FieldAccess>> access = new TreeMap<>();
    fields.forEach(
        (entity, byField) -> {
          if (!byField.isEmpty()) {
            access.put(entity, Collections.unmodifiableSortedMap(new TreeMap<>(byField)));
          }
        });
    fields = Collections.unmodifiableSortedMap(access);
    system = system.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(system));
  }

  /** This role with the cells of {@code entity} replaced. */
  public RolePolicy withObject(String entity, Map<AccessAction, Scope> cells) {
    SortedMap<String, Map<AccessAction, Scope>> changed = new TreeMap<>(objects);
    changed.put(entity, cells);
    return new RolePolicy(changed, fields, system);
  }

  /** This role with every cell replaced. */
  public RolePolicy withObjects(Map<String, Map<AccessAction, Scope>> cells) {
    return new RolePolicy(new TreeMap<>(cells), fields, system);
  }

  /** This role with every field permission replaced. */
  public RolePolicy withFields(Map<String, ? extends Map<String, FieldAccess>> access) {
    SortedMap<String, SortedMap<String, FieldAccess>> changed = new TreeMap<>();
    access.forEach((entity, byField) -> changed.put(entity, new TreeMap<>(byField)));
    return new RolePolicy(objects, changed, system);
  }

  public RolePolicy withSystem(Set<SystemPermission> permissions) {
    return new RolePolicy(objects, fields, permissions);
  }
}
