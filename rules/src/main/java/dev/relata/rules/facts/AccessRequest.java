package dev.relata.rules.facts;

/**
 * What an access decision is about, as a fact: {@code AccessRequest( entity == "service_request",
 * action == "read" )}. The action is an api name ({@code read}, {@code edit}, …).
 */
public final class AccessRequest {
  private final String entity;
  private final String action;

  public AccessRequest(String entity, String action) {
    this.entity = entity;
    this.action = action;
  }

  public String getEntity() {
    return entity;
  }

  public String getAction() {
    return action;
  }

  @Override
  public String toString() {
    return "AccessRequest(" + entity + ", " + action + ")";
  }
}
