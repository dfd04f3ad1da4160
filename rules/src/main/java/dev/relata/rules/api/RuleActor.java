package dev.relata.rules.api;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The user on whose behalf a write runs, as rules see them. The department is looked up only if a
 * rule asks for it, so that writes whose rules never do pay no query for it.
 */
public final class RuleActor {
  private final long id;
  private final String username;
  private final Set<String> roles;
  private Supplier<String> department;
  private boolean departmentKnown;
  private String departmentName;

  /**
   * @param department the api name of the user's department, or null
   */
  public RuleActor(long id, String username, Set<String> roles, String department) {
    this(id, username, roles, () -> department);
  }

  /**
   * @param department finds the api name of the user's department (or null), once, when needed
   */
  public RuleActor(long id, String username, Set<String> roles, Supplier<String> department) {
    this.id = id;
    this.username = username;
    this.roles = Set.copyOf(roles);
    this.department = department;
  }

  public long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Set<String> roles() {
    return roles;
  }

  /** The api name of the user's department, or null. */
  public synchronized String department() {
    if (!departmentKnown) {
      departmentName = department.get();
      departmentKnown = true;
      department = null;
    }
    return departmentName;
  }

  @Override
  public String toString() {
    return "RuleActor[" + username + ", roles=" + roles + "]";
  }
}
