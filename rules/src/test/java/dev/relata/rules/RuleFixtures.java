package dev.relata.rules;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldRules;
import dev.relata.rules.api.People;
import dev.relata.rules.api.RecordWrite;
import dev.relata.rules.api.RuleActor;
import dev.relata.rules.api.WriteKind;
import dev.relata.rules.build.BuildResult;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.build.RuleBuilder;
import dev.relata.rules.build.RuleFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The standard objects as a catalog, rule bases built from DRL text, and writes to run them on. */
public final class RuleFixtures {
  public static final Catalog STANDARD =
      new Catalog(
          StandardDefinitions.load().stream()
              .map(e -> e.withFields(e.fields().stream().map(FieldRules::normalize).toList()))
              .toList());
  public static final RuleActor ALICE = new RuleActor(7, "alice", Set.of("sales_rep"), "sales");

  /** Assignment finds: users by username ("bob" is 8), heads and roles as given. */
  public static final People PEOPLE =
      new People() {
        @Override
        public Optional<Long> user(String username) {
          return username.equals("bob") ? Optional.of(8L) : Optional.empty();
        }

        @Override
        public Optional<Long> departmentHead(String department) {
          return department.equals("service") ? Optional.of(21L) : Optional.empty();
        }

        @Override
        public Optional<Long> firstHolderOf(String role) {
          return role.equals("service_manager") ? Optional.of(31L) : Optional.empty();
        }
      };

  private RuleFixtures() {}

  /**
   * A base built from files given as path, content, path, content… against the standard catalog.
   */
  public static RuleBase base(String... pathsAndContents) {
    BuildResult result = build(pathsAndContents);
    if (!result.ok()) {
      throw new AssertionError("The rules did not build: " + result.problems());
    }
    return result.base();
  }

  public static BuildResult build(String... pathsAndContents) {
    List<RuleFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.add(new RuleFile(pathsAndContents[i], pathsAndContents[i + 1]));
    }
    return RuleBuilder.build(STANDARD, files, 0);
  }

  /** DRL in package relata with these rules. */
  public static String drl(String rules) {
    return "package relata;\n\n" + rules;
  }

  public static RecordWrite create(String entity, Map<String, Object> values) {
    return create(STANDARD, entity, values);
  }

  /** A create by Alice of a record of {@code entity} as {@code catalog} defines it. */
  public static RecordWrite create(Catalog catalog, String entity, Map<String, Object> values) {
    EntityDefinition definition = catalog.require(entity);
    return new RecordWrite(
        definition, WriteKind.CREATE, null, null, ALICE.id(), values, Map.of(), ALICE, PEOPLE);
  }

  public static RecordWrite update(
      String entity, Map<String, Object> before, Map<String, Object> changes) {
    EntityDefinition definition = STANDARD.require(entity);
    Map<String, Object> after = new HashMap<>(before);
    after.putAll(changes);
    return new RecordWrite(
        definition, WriteKind.UPDATE, 5L, 3L, ALICE.id(), after, before, ALICE, PEOPLE);
  }
}
