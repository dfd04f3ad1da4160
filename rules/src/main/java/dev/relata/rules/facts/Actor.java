package dev.relata.rules.facts;

import dev.relata.rules.api.RuleActor;
import java.util.Set;

/**
 * The acting user as a fact: {@code Actor( hasRole("sales_manager") )}, {@code Actor( department ==
 * "service" )}.
 */
public final class Actor {
  private final RuleActor actor;

  public Actor(RuleActor actor) {
    this.actor = actor;
  }

  public long getId() {
    return actor.id();
  }

  public String getUsername() {
    return actor.username();
  }

  public Set<String> getRoles() {
    return actor.roles();
  }

  /** The api name of the user's department, or null. */
  public String getDepartment() {
    return actor.department();
  }

  public boolean hasRole(String role) {
    return actor.roles().contains(role);
  }

  @Override
  public String toString() {
    return "Actor(" + actor.username() + ")";
  }
}
