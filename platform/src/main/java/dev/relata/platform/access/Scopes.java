package dev.relata.platform.access;

import dev.relata.metadata.access.Scope;
import java.util.List;

/**
 * What a matrix scope reaches, seen from one user's place in the organisation. Every scope but
 * {@code none} reaches the user's own records: a user without a department has only their own for
 * {@code department} and {@code department_tree}, and {@code subordinates} is the user and everyone
 * who reports to them, directly or not.
 */
public final class Scopes {
  private Scopes() {}

  public static List<Reach> reach(Scope scope, long userId, Organisation.Place place) {
    return switch (scope) {
      case NONE -> List.of(new Reach.Nothing());
      case OWN -> List.of(new Reach.Owner(userId));
      case DEPARTMENT ->
          place.departmentId() == null
              ? List.of(new Reach.Owner(userId))
              : List.of(new Reach.OwnerInDepartment(place.departmentId()));
      case DEPARTMENT_TREE ->
          place.departmentPath() == null
              ? List.of(new Reach.Owner(userId))
              : List.of(new Reach.OwnerInDepartmentTree(place.departmentPath()));
      case SUBORDINATES ->
          List.of(
              new Reach.Owner(userId),
              new Reach.OwnerReportsTo(place.managerPath() + userId + "/"));
      case ALL -> List.of(new Reach.Everything());
    };
  }
}
