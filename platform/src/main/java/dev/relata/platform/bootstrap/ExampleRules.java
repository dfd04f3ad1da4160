package dev.relata.platform.bootstrap;

import dev.relata.rules.manage.RuleAdministration;
import dev.relata.rules.manage.RuleAudit;
import dev.relata.rules.store.RuleRevision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example rules that ship with the demo (docs/rules.md walks through them): validation,
 * defaults, assignment and a decision table, each with its rule tests. They name the demo
 * organisation's departments and people, so they come with the demo data, published before the demo
 * records are written, which obey them.
 */
final class ExampleRules {
  private static final String FOLDER = "/dev/relata/platform/rules/examples/";

  /** The files, by path in the rule store. */
  static final List<String> PATHS =
      List.of(
          "sales/opportunity.drl",
          "sales/opportunity.test.json",
          "sales/stage_probability.csv",
          "sales/stage_probability.test.json",
          "contracts/contract.drl",
          "contracts/contract.test.json",
          "service/service_request.dslr",
          "service/service_request.test.json");

  private ExampleRules() {}

  /** Saves the examples in the working copy and publishes them, tests and all. */
  static RuleRevision publish(RuleAdministration rules, String author) {
    for (String path : PATHS) {
      rules.save(path, read(path), null, author, RuleAudit.NONE);
    }
    return rules.publish(author, RuleAudit.NONE);
  }

  static String read(String path) {
    try (InputStream in = ExampleRules.class.getResourceAsStream(FOLDER + path)) {
      if (in == null) {
        throw new IllegalStateException("The example rule file " + path + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
