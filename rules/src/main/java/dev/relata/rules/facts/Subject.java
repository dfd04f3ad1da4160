package dev.relata.rules.facts;

import java.util.Set;

/**
 * The user an access decision is for, as a fact: {@code Subject( hasRole("sales_manager") )},
 * {@code Subject( department == "east_sales" )}. Access rules reason about the subject and the
 * request, never about a record: what depends on the record is the condition a grant carries.
 */
public final class Subject {
  private final long id;
  private final String username;
  private final Set<String> roles;
  private final String department;

  public Subject(long id, String username, Set<String> roles, String department) {
    this.id = id;
    this.username = username;
    this.roles = Set.copyOf(roles);
    this.department = department;
  }

  public long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public Set<String> getRoles() {
    return roles;
  }

  /** The api name of the user's department, or null. */
  public String getDepartment() {
    return department;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    return "Subject(" + username + ")";
  }
}
