package dev.relata.metadata.access;

import java.util.Locale;
import java.util.Optional;

/** What a user may do to records of an entity; each is a column of the permission matrix. */
public enum AccessAction {
  READ,
  CREATE,
  EDIT,
  DELETE,
  IMPORT,
  EXPORT,
  /** Change a record's owner. */
  ASSIGN,
  /** Share a record with other users, departments or roles. */
  SHARE;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AccessAction> of(String apiName) {
    for (AccessAction action : values()) {
      if (action.apiName().equals(apiName)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
