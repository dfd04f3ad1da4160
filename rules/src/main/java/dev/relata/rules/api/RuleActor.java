package dev.relata.rules.api;

import java.util.Set;

/**
 * The user on whose behalf a write runs, as rules see them.
 *
 * @param department the api name of the user's department, or null
 */
public record RuleActor(long id, String username, Set<String> roles, String department) {
  public RuleActor {
    roles = Set.copyOf(roles);
  }
}
