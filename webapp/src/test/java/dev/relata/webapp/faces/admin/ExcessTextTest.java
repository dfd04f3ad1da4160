package dev.relata.webapp.faces.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.access.FieldAccess;
import dev.relata.metadata.access.RolePolicy;
import dev.relata.metadata.access.StandardPolicy;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.webapp.faces.MetadataTexts;
import dev.relata.webapp.faces.Texts;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The permissions page words what a refused change would grant beyond the administrator's roles, as
 * the platform names it (the texts come from the policy itself, so a change of its form shows
 * here), in English and in Chinese.
 */
class ExcessTextTest {
  private static final EntityDefinition CUSTOMER =
      new EntityDefinition(
          "customer",
          Labels.of("Customer", "客户"),
          Labels.of("Customers", "客户"),
          "name",
          true,
          false,
          "customer",
          List.of(
              FieldDefinition.builder("name", FieldType.TEXT).labels(Labels.of("Name")).build(),
              FieldDefinition.builder("annual_revenue", FieldType.CURRENCY)
                  .labels(Labels.of("Annual revenue", "年营业额"))
                  .build()));

  @Test
  void aMatrixCellIsNamedByTheLabelsOfItsRecordTypeActionAndScope() {
    AccessPolicy policy = StandardPolicy.load();
    String excess =
        policy.excess("sales_rep", policy, Set.of("sales_manager"), List.of("customer")).get();

    assertThat(words(excess)).contains("Customer · Delete: Own");
    assertThat(chinese(excess)).contains("客户 · 删除：本人");
  }

  @Test
  void aFieldIsNamedByItsLabelAndAccess() {
    AccessPolicy policy =
        StandardPolicy.load()
            .withRole(
                "marketing_lead",
                RolePolicy.EMPTY.withFields(
                    Map.of("customer", new TreeMap<>(Map.of("annual_revenue", FieldAccess.READ)))));
    String excess =
        policy.excess("marketing_lead", policy, Set.of("marketing"), List.of("customer")).get();

    assertThat(words(excess)).contains("Customer · Annual revenue: Read-only");
    assertThat(chinese(excess)).contains("客户 · 年营业额：只读");
  }

  @Test
  void aSystemPermissionIsNamedByItsLabel() {
    AccessPolicy policy = StandardPolicy.load();
    String excess = policy.excess("admin", policy, Set.of("sales_director"), List.of()).get();

    assertThat(words(excess)).contains("Manage users");
    assertThat(chinese(excess)).contains("管理用户");
  }

  @Test
  void whatIsNotRecognisedIsLeftToThePlatformsMessage() {
    assertThat(words("spaceship.read all")).isEmpty();
    assertThat(words("customer.read everything")).isEmpty();
    assertThat(words("customer.no_such_field read")).isEmpty();
    assertThat(words("something else")).isEmpty();
    assertThat(words(null)).isEmpty();
  }

  private static Optional<String> words(String excess) {
    return in(Locale.ENGLISH, excess);
  }

  private static Optional<String> chinese(String excess) {
    return in(Locale.SIMPLIFIED_CHINESE, excess);
  }

  /** The excess in words of the user interface's bundle in {@code locale}, as a page shows it. */
  private static Optional<String> in(Locale locale, String excess) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            Texts.BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return ExcessText.of(
        excess,
        name -> name.equals("customer") ? Optional.of(CUSTOMER) : Optional.empty(),
        new MetadataTexts(locale.toLanguageTag()),
        (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args));
  }
}
