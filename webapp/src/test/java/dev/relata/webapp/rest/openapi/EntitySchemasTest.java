package dev.relata.webapp.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.model.EntityDefinition;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each field type becomes the JSON the records API really reads and writes. */
class EntitySchemasTest {
  private final EntityDefinition gadget = Gadgets.gadget();
  private final Map<String, Schema<?>> schemas =
      EntitySchemas.of(gadget, new SchemaNames(List.of(gadget)));
  private final Schema<?> answer = schemas.get("GadgetRecord");
  private final Schema<?> create = schemas.get("GadgetRecordInput");
  private final Schema<?> update = schemas.get("GadgetRecordUpdate");

  @Test
  void textKindsAreStringsWithTheFieldsLengthAndFormat() {
    assertThat(member(create, "name").getType()).isEqualTo("string");
    assertThat(member(create, "name").getMaxLength()).isEqualTo(255);
    assertThat(member(create, "notes").getMaxLength()).isEqualTo(32000);
    assertThat(member(create, "contact_email").getFormat()).isEqualTo("email");
    assertThat(member(create, "website").getFormat()).isEqualTo("uri");
    assertThat(member(create, "phone").getMaxLength()).isEqualTo(40);
  }

  @Test
  void integersLookupsAndUsersAreInt64AndALookupNamesItsTarget() {
    assertThat(member(create, "units").getType()).isEqualTo("integer");
    assertThat(member(create, "units").getFormat()).isEqualTo("int64");
    assertThat(member(create, "maker").getFormat()).isEqualTo("int64");
    assertThat(member(create, "maker").getExtensions())
        .containsEntry("x-relata-target", "customer");
    assertThat(member(create, "reviewer").getDescription()).contains("user");
  }

  @Test
  void decimalsAreNumbersBoundedByPrecisionAndStepByScale() {
    Schema<?> weight = member(create, "weight");

    assertThat(weight.getType()).isEqualTo("number");
    assertThat(weight.getMultipleOf()).isEqualByComparingTo("0.001");
    assertThat(weight.getMaximum()).isEqualByComparingTo(new BigDecimal("100000"));
    assertThat(weight.getExclusiveMaximum()).isTrue();
    assertThat(weight.getMinimum()).isEqualByComparingTo(new BigDecimal("-100000"));
    assertThat(member(create, "price").getMultipleOf()).isEqualByComparingTo("0.01");
    assertThat(member(create, "discount").getExtensions())
        .containsEntry("x-relata-type", "percent");
  }

  @Test
  void datesAndDateTimesAreIsoTextAndBooleansBooleans() {
    assertThat(member(create, "launched_on").getFormat()).isEqualTo("date");
    assertThat(member(create, "checked_at").getFormat()).isEqualTo("date-time");
    assertThat(member(create, "active").getType()).isEqualTo("boolean");
  }

  @Test
  void aPicklistOffersItsActiveValuesInOrderWhenCreatingAndAllWhenReadOrChanged() {
    assertThat(values(member(create, "colour"))).containsExactly("blue", "red");
    assertThat(values(member(answer, "colour"))).containsExactly("blue", "red", "mauve", null);
    // colour is required: a change may not clear it, so null is no value of it there.
    assertThat(values(member(update, "colour"))).containsExactly("blue", "red", "mauve");
  }

  @Test
  void aMultipicklistIsAnArrayOfItsValues() {
    Schema<?> tags = member(create, "tags");

    assertThat(tags.getType()).isEqualTo("array");
    assertThat(values(tags.getItems())).containsExactly("new");
    assertThat(values(member(answer, "tags").getItems())).containsExactly("new", "old");
  }

  @Test
  void requiredFieldsWithoutADefaultAreRequiredOnCreateOnly() {
    assertThat(create.getRequired()).containsExactlyInAnyOrder("name", "price", "colour");
    assertThat(update.getRequired()).isNullOrEmpty();
    assertThat(member(create, "price").getNullable()).isNull();
    assertThat(member(create, "units").getNullable()).isTrue();
  }

  @Test
  void defaultsAreTypedValues() {
    assertThat(member(create, "active").getDefault()).isEqualTo(true);
    assertThat((BigDecimal) member(create, "discount").getDefault()).isEqualByComparingTo("5");
  }

  @Test
  void anAutonumberIsReadOnlyAndCannotBeWritten() {
    assertThat(member(answer, "serial").getReadOnly()).isTrue();
    assertThat(member(answer, "serial").getExample()).isEqualTo("GD-0001");
    assertThat(create.getProperties()).doesNotContainKey("serial");
    assertThat(update.getProperties()).doesNotContainKey("serial");
  }

  @Test
  void anAnswerHasEverySystemMemberReadOnlyAndEveryMemberPresent() {
    for (String system : List.of("id", "createdAt", "createdBy", "updatedAt", "version")) {
      assertThat(member(answer, system).getReadOnly()).as(system).isTrue();
    }
    assertThat(answer.getRequired())
        .containsExactlyInAnyOrderElementsOf(answer.getProperties().keySet());
  }

  @Test
  void writesAreStrictAndAChangeCarriesTheVersion() {
    assertThat(create.getAdditionalProperties()).isEqualTo(false);
    assertThat(update.getAdditionalProperties()).isEqualTo(false);
    assertThat(update.getProperties()).containsKeys("version", "owner");
    assertThat(create.getProperties()).doesNotContainKey("version");
  }

  @Test
  void labelsAndHelpTextBecomeTitleDescriptionAndTheLabelsExtension() {
    Schema<?> colour = member(create, "colour");

    assertThat(colour.getTitle()).isEqualTo("Colour");
    assertThat(colour.getExtensions())
        .containsEntry("x-relata-labels", Map.of("en", "Colour", "zh-CN", "颜色"));
    assertThat(member(create, "notes").getDescription()).isEqualTo("Anything worth knowing.");
  }

  @Test
  void everyFieldTypeHasAMapping() {
    assertThat(
            Arrays.stream(dev.relata.metadata.model.FieldType.values())
                .map(type -> type.apiName())
                .toList())
        .allSatisfy(
            type ->
                assertThat(answer.getProperties().values())
                    .anyMatch(
                        s ->
                            s.getExtensions() != null
                                && type.equals(s.getExtensions().get("x-relata-type"))));
  }

  private static List<Object> values(Schema<?> schema) {
    return schema.getEnum() == null ? null : new java.util.ArrayList<>(schema.getEnum());
  }

  private static Schema<?> member(Schema<?> schema, String name) {
    Schema<?> member = (Schema<?>) schema.getProperties().get(name);
    assertThat(member).as(name).isNotNull();
    return member;
  }
}
