package dev.relata.platform.organisation;

import static dev.relata.metadata.testing.Refusals.refused;
import static dev.relata.metadata.testing.Refusals.unprocessable;
import static dev.relata.platform.organisation.Organisation.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The department tree: paths follow every move, no move makes a cycle, only empty ones go. */
class DepartmentServiceTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final DepartmentService departments = relata.departments();
  private final Actor admin = TestRelata.admin(relata);

  @AfterEach
  void close() {
    relata.close();
  }

  private Department create(String name, Department parent) {
    return departments.create(
        admin, values("name", name, "parent", parent == null ? null : parent.id()));
  }

  @Test
  void aDepartmentsPathListsItsAncestorsFromTheRoot() {
    Department head = create("Head office", null);
    Department sales = create("Sales", head);
    Department east = create("Sales East", sales);

    assertThat(head.path()).isEqualTo("/" + head.id() + "/");
    assertThat(east.path()).isEqualTo("/" + head.id() + "/" + sales.id() + "/" + east.id() + "/");
    assertThat(east.depth()).isEqualTo(2);
    assertThat(east.labels().get("en")).isEqualTo("Sales East");
    assertThat(departments.list(admin))
        .extracting(Department::name)
        .containsExactly("Head office", "Sales", "Sales East");
  }

  @Test
  void movingADepartmentCarriesItsWholeSubtreeAlong() {
    Department head = create("Head office", null);
    Department sales = create("Sales", head);
    Department east = create("Sales East", sales);
    Department service = create("Service", head);

    Department moved =
        departments.update(admin, sales.id(), values("parent", service.id()), sales.version());

    assertThat(moved.path()).isEqualTo(service.path() + sales.id() + "/");
    assertThat(departments.get(admin, east.id()).path()).isEqualTo(moved.path() + east.id() + "/");
    assertThat(moved.version()).isEqualTo(sales.version() + 1);
  }

  @Test
  void aMoveBelowItselfOrItsOwnSubtreeIsRefusedNamingParent() {
    Department head = create("Head office", null);
    Department sales = create("Sales", head);
    Department east = create("Sales East", sales);

    RelataException below =
        unprocessable(
            () ->
                departments.update(admin, head.id(), values("parent", east.id()), head.version()));
    RelataException itself =
        unprocessable(
            () ->
                departments.update(
                    admin, sales.id(), values("parent", sales.id()), sales.version()));

    assertThat(below.problems().get(0).field()).isEqualTo("parent");
    assertThat(below.problems().get(0).code()).isEqualTo("cycle");
    assertThat(itself.problems().get(0).code()).isEqualTo("cycle");
    assertThat(departments.get(admin, head.id()).path()).isEqualTo(head.path());
  }

  @Test
  void aDepartmentWithUsersOrChildrenIsNotDeletedAndTheReasonSaysWhy() {
    Department head = create("Head office", null);
    Department sales = create("Sales", head);
    long user = Organisation.user(relata, "wang.wei");
    relata
        .userAdministration()
        .update(
            admin,
            user,
            values("department", sales.id()),
            relata.identity().user(user).orElseThrow().version());

    RelataException withChildren =
        refused(ErrorKind.CONFLICT, () -> departments.delete(admin, head.id(), null));
    RelataException withUsers =
        refused(ErrorKind.CONFLICT, () -> departments.delete(admin, sales.id(), null));

    assertThat(withChildren.getMessage()).contains("1 sub-department");
    assertThat(withUsers.getMessage()).contains("1 user");
    assertThat(departments.list(admin)).hasSize(2);
  }

  @Test
  void anEmptyDepartmentIsDeletedAndEveryChangeIsAudited() {
    Department sales = create("Sales", null);
    departments.update(
        admin,
        sales.id(),
        values(
            "name",
            "Sales & Marketing",
            "labels",
            Map.of("en", "Sales & Marketing", "zh-CN", "销售市场部")),
        sales.version());

    departments.delete(admin, sales.id(), null);

    refused(ErrorKind.NOT_FOUND, () -> departments.get(admin, sales.id()));
    assertThat(Organisation.auditActions(relata, "department", String.valueOf(sales.id())))
        .extracting(a -> a.split(" ")[0])
        .containsExactly("department.create", "department.update", "department.delete");
  }

  @Test
  void aStaleVersionIsAConflictAndWritesNothing() {
    Department sales = create("Sales", null);
    departments.update(admin, sales.id(), values("name", "Sales 1"), sales.version());

    refused(
        ErrorKind.CONFLICT,
        () -> departments.update(admin, sales.id(), values("name", "Sales 2"), sales.version()));

    assertThat(departments.get(admin, sales.id()).name()).isEqualTo("Sales 1");
  }

  @Test
  void badInputIsRefusedFieldByFieldAndInjectionLookingNamesAreStoredLiterally() {
    RelataException bad =
        unprocessable(
            () ->
                departments.create(
                    admin,
                    values(
                        "name",
                        "x".repeat(101),
                        "parent",
                        "one",
                        "head",
                        999_999L,
                        "colour",
                        "red")));
    String literal = "Robert'); DROP TABLE department;--";

    Department stored = create(literal, null);

    assertThat(bad.problems())
        .extracting(p -> p.field() + ":" + p.code())
        .containsExactlyInAnyOrder(
            "name:too_long", "parent:type", "head:lookup", "colour:unknown_field");
    assertThat(departments.get(admin, stored.id()).name()).isEqualTo(literal);
  }

  @Test
  void onlyAdministratorsSeeOrChangeDepartments() {
    Department sales = create("Sales", null);
    Actor rep = Organisation.actor(relata, Organisation.user(relata, "rep"));

    refused(ErrorKind.FORBIDDEN, () -> departments.list(rep));
    refused(ErrorKind.FORBIDDEN, () -> departments.create(rep, values("name", "Mine")));
    refused(
        ErrorKind.FORBIDDEN,
        () -> departments.update(rep, sales.id(), values("name", "Mine"), sales.version()));
    refused(ErrorKind.FORBIDDEN, () -> departments.delete(rep, sales.id(), null));

    assertThat(departments.list(admin)).extracting(Department::name).isEqualTo(List.of("Sales"));
  }
}
