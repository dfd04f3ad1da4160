package dev.relata.platform.organisation;

import static dev.relata.metadata.testing.Refusals.unprocessable;
import static dev.relata.platform.organisation.Organisation.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Names, labels and descriptions of users, departments and roles follow the same text rules as
 * records: control characters and halves of UTF-16 pairs are refused on their field, surrounding
 * white space is not kept, and a role's description may span lines.
 */
class OrganisationTextTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aUserWithAControlCharacterInADisplayNameOrEmailIsRefusedAndNotCreated() {
    Map<String, Object> values =
        values("username", "zhang.wei", "displayName", "张\u0000伟", "email", "z\u0007@example.com");

    var refusal = unprocessable(() -> relata.userAdministration().create(admin, values));

    assertThat(refusal.problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactlyInAnyOrder(
            Tuple.tuple("displayName", "invalid_character"),
            Tuple.tuple("email", "invalid_character"));
    assertThat(relata.identity().userByUsername("zhang.wei")).isEmpty();
  }

  @Test
  void aDepartmentNameOrLabelWithAControlCharacterIsRefused() {
    assertThat(
            unprocessable(() -> relata.departments().create(admin, values("name", "Sa\u0000les")))
                .problems())
        .extracting(FieldProblem::field)
        .containsExactly("name");
    assertThat(
            unprocessable(
                    () ->
                        relata
                            .departments()
                            .create(
                                admin,
                                values("name", "Sales", "labels", Map.of("zh-CN", "销\ud800售"))))
                .problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(Tuple.tuple("labels.zh-CN", "invalid_character"));
    assertThat(relata.departments().list(admin)).isEmpty();
  }

  @Test
  void aDepartmentNameIsStoredTrimmed() {
    Department sales = relata.departments().create(admin, values("name", "  Sales East  "));

    assertThat(sales.name()).isEqualTo("Sales East");
  }

  @Test
  void aRoleDescriptionMaySpanLinesButItsLabelsMayNot() {
    Role role =
        relata
            .roles()
            .create(
                admin,
                values(
                    "name",
                    "auditor",
                    "labels",
                    Map.of("en", "Auditor"),
                    "description",
                    "Reads the logs.\r\n\tNothing else."));

    assertThat(role.description()).isEqualTo("Reads the logs.\n\tNothing else.");
    assertThat(
            unprocessable(
                    () ->
                        relata
                            .roles()
                            .create(
                                admin,
                                values(
                                    "name",
                                    "reviewer",
                                    "labels",
                                    Map.of("en", "Re\nviewer"),
                                    "description",
                                    "ok\u0000")))
                .problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("labels.en", "description");
  }
}
