package dev.relata.platform.organisation;

import dev.relata.platform.identity.User;

/** The columns of a user that administration writes, as one value. */
record UserFields(
    String username,
    String displayName,
    String email,
    String phone,
    Long department,
    Long manager,
    String locale) {

  static UserFields of(User user) {
    return new UserFields(
        user.username(),
        user.displayName(),
        user.email(),
        user.phone(),
        user.departmentId(),
        user.managerId(),
        user.locale());
  }
}
