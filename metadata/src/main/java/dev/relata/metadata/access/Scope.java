package dev.relata.metadata.access;

import java.util.Locale;
import java.util.Optional;

/** Whose records a matrix cell reaches, decided by the record's owner. */
public enum Scope {
  NONE,
  /** Records the user owns. */
  OWN,
  /** Records whose owner is in the user's department. */
  DEPARTMENT,
  /** Records whose owner is in the user's department or a department below it. */
  DEPARTMENT_TREE,
  /** Records the user owns or whose owner reports to the user, directly or not. */
  SUBORDINATES,
  ALL;

  /**
   * Whether this scope reaches every record {@code other} reaches, whoever the user: {@code all}
   * covers everything, the department tree covers the department, and every scope but {@code none}
   * covers {@code own}.
   */
  public boolean covers(Scope other) {
    return this == other
        || this == ALL
        || other == NONE
        || (other == OWN && this != NONE)
        || (this == DEPARTMENT_TREE && other == DEPARTMENT);
  }

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Scope> of(String apiName) {
    for (Scope scope : values()) {
      if (scope.apiName().equals(apiName)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
