package dev.relata.rules.build;

import static dev.relata.rules.RuleFixtures.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldRules;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerWarmUpTest {
  @Test
  void theGeneratedRulesBuildOnTheStandardObjects() {
    List<RuleFile> files = CompilerWarmUp.files(STANDARD, 0);
    assertThat(files).hasSize(CompilerWarmUp.RULES_PER_ROUND / 100);

    BuildResult result = RuleBuilder.build(STANDARD, files, 0);

    assertThat(result.problems()).isEmpty();
    assertThat(result.base().ruleCount()).isEqualTo(CompilerWarmUp.RULES_PER_ROUND);
    assertThat(CompilerWarmUp.run(STANDARD, 2)).isEmpty();
  }

  @Test
  void theGeneratedRulesBuildForEveryFieldType() {
    List<FieldDefinition> fields = new ArrayList<>();
    for (FieldType type : FieldType.values()) {
      FieldDefinition.Builder field =
          FieldDefinition.builder("f_" + type.name().toLowerCase(), type)
              .labels(Labels.of(type.name(), type.name()));
      if (type == FieldType.LOOKUP) {
        field.target("customer");
      }
      if (type == FieldType.PICKLIST || type == FieldType.MULTIPICKLIST) {
        field.options(STANDARD.require("opportunity").field("stage").orElseThrow().options());
      }
      fields.add(FieldRules.normalize(field.build()));
    }
    Labels labels = Labels.of("Every type", "所有类型");
    List<EntityDefinition> entities = new ArrayList<>(STANDARD.all());
    entities.add(
        new EntityDefinition(
            "every_type", labels, labels, fields.get(0).name(), false, false, "t_every", fields));

    List<BuildProblem> problems = CompilerWarmUp.run(new Catalog(entities), 1);

    assertThat(problems).isEmpty();
  }

  @Test
  void aCatalogWithoutFieldsGivesNothingToBuild() {
    assertThat(CompilerWarmUp.files(new Catalog(List.of()), 0)).isEmpty();
    assertThat(CompilerWarmUp.run(new Catalog(List.of()), 1)).isEmpty();
  }
}
