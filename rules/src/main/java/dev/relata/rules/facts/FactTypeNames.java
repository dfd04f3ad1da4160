package dev.relata.rules.facts;

import java.util.Set;

/**
 * How entities are named in rules: {@code service_request} is the fact type {@code ServiceRequest}.
 */
public final class FactTypeNames {
  /** The package of every generated fact type, and the one rule files are written in. */
  public static final String PACKAGE = "relata";

  /** Type names the write's context takes; no entity may map to one of them. */
  public static final Set<String> CONTEXT = Set.of("Write", "Actor");

  private FactTypeNames() {}

  /** The fact type of an entity: each part between underscores capitalised, joined. */
  public static String of(String entityName) {
    StringBuilder name = new StringBuilder();
    for (String part : entityName.split("_")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
