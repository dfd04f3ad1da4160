package dev.relata.metadata.catalog;

import static dev.relata.metadata.testing.Definitions.entity;
import static dev.relata.metadata.testing.Definitions.field;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.metadata.model.PicklistOption;
import dev.relata.metadata.testing.TestMetadata;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Labels and help texts are shown in every form and list: a control character or half a UTF-16 pair
 * in one is refused on its path, and nothing is created or changed.
 */
class LabelCharactersTest {
  private final TestMetadata metadata = TestMetadata.fresh();
  private final MetadataService service = metadata.service();

  @AfterEach
  void close() {
    metadata.close();
  }

  @Test
  void anEntityLabelWithAControlCharacterIsRefusedAndNoTableIsMade() {
    EntityDefinition draft = entity("gadget");
    EntityDefinition polluted =
        new EntityDefinition(
            draft.name(),
            Labels.of("Gad\u0000get", "小\u0007工具"),
            Labels.of("Gadgets\ud800"),
            null,
            false,
            false,
            null,
            draft.fields());

    assertThat(unprocessable(() -> service.createEntity(polluted, TestMetadata.AUTHOR)).problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactlyInAnyOrder(
            Tuple.tuple("labels.en", "invalid_character"),
            Tuple.tuple("labels.zh-CN", "invalid_character"),
            Tuple.tuple("pluralLabels.en", "invalid_character"));
    assertThat(service.catalog().find("gadget")).isEmpty();
    assertThat(metadata.schema().tableExists("t_gadget")).isFalse();
  }

  @Test
  void fieldLabelsOptionLabelsAndHelpTextAreCheckedToo() {
    service.createEntity(entity("gadget"), TestMetadata.AUTHOR);

    var refusal =
        unprocessable(
            () ->
                service.addField(
                    "gadget",
                    field("size", FieldType.PICKLIST)
                        .labels(Labels.of("Si\u001bze"))
                        .options(
                            List.of(
                                new PicklistOption("s", Labels.of("Small\u0000"), 1, true),
                                new PicklistOption("m\ud800", Labels.of("Medium"), 2, true)))
                        .helpText("Pick one\u0000")
                        .build(),
                    TestMetadata.AUTHOR));

    assertThat(refusal.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "size.labels.en",
            "size.options[0].labels.en",
            "size.options[1].value",
            "size.helpText");
    assertThat(metadata.entity("gadget").field("size")).isEmpty();
  }

  @Test
  void helpTextMaySpanLinesAndLabelsWithAnyScriptOrEmojiAreFine() {
    service.createEntity(entity("gadget"), TestMetadata.AUTHOR);

    service.addField(
        "gadget",
        field("size", FieldType.TEXT)
            .labels(Labels.of("Size 📏", "尺寸"))
            .helpText("First line\n\tindented second line")
            .build(),
        TestMetadata.AUTHOR);

    assertThat(metadata.entity("gadget").field("size").orElseThrow().helpText())
        .isEqualTo("First line\n\tindented second line");
  }
}
