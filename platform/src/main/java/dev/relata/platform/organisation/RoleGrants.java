package dev.relata.platform.organisation;

import dev.relata.platform.identity.Actor;
import java.util.Collection;

/** Decides whether an actor may give users roles (the access policy says what roles carry). */
public interface RoleGrants {
  /** Refuses (403) roles that carry more than the actor's own roles hold. */
  void requireMayGive(Actor actor, Collection<String> roles);
}
