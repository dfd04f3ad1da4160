package dev.relata.metadata.access;

import java.util.Locale;
import java.util.Optional;

/** What a role may do with one field; ordered from least to most permissive. */
public enum FieldAccess {
  HIDDEN,
  READ,
  EDIT;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The more permissive of the two: several roles grant the most any of them grants. */
  public FieldAccess or(FieldAccess other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public static Optional<FieldAccess> of(String apiName) {
    for (FieldAccess access : values()) {
      if (access.apiName().equals(apiName)) {
        return Optional.of(access);
      }
    }
    return Optional.empty();
  }
}
