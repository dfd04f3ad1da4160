package dev.relata.rules.api;

import java.util.Optional;

/**
 * Finds the users that assignment rules name. The platform answers from its directory, inside the
 * write's transaction; every answer is a user who may own records.
 */
public interface People {
  /** The active user with this username. */
  Optional<Long> user(String username);

  /** The head of the department with this name. */
  Optional<Long> departmentHead(String department);

  /** The first active holder of the role, by username, so that the choice is repeatable. */
  Optional<Long> firstHolderOf(String role);

  /** Nobody can be found: for writes where assignment cannot apply. */
  People NOBODY =
      new People() {
        @Override
        public Optional<Long> user(String username) {
          return Optional.empty();
        }

        @Override
        public Optional<Long> departmentHead(String department) {
          return Optional.empty();
        }

        @Override
        public Optional<Long> firstHolderOf(String role) {
          return Optional.empty();
        }
      };
}
