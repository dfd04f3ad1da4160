package dev.relata.rules.run;

import org.kie.api.definition.rule.Rule;

/** A rule as people are told of it: its name and the file it is written in. */
public record RuleRef(String name, String path) {
  public static RuleRef of(Rule rule) {
    String path = null;
    if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
        && impl.getResource() != null) {
      path = impl.getResource().getSourcePath();
    }
    return new RuleRef(rule.getName(), path);
  }

  @Override
  public String toString() {
    return path == null ? "\"" + name + "\"" : "\"" + name + "\" (" + path + ")";
  }
}
