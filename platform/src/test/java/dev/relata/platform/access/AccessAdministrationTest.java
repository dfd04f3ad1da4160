package dev.relata.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relata.metadata.access.AccessAction;
import dev.relata.metadata.access.FieldAccess;
import dev.relata.metadata.access.Scope;
import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.platform.Relata;
import dev.relata.platform.audit.AuditQuery;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.RoleDefinition;
import dev.relata.platform.testing.TestRelata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessAdministrationTest {
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final AccessAdministration access = relata.access();

  {
    relata.roles().addMissing(RoleDefinition.defaults());
  }

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void aNewInstallationStartsWithTheShippedMatrix() {
    assertThat(cell("sales_rep", "opportunity", "read")).isEqualTo("own");
    assertThat(cell("sales_rep", "opportunity", "delete")).isEqualTo("own");
    assertThat(cell("sales_rep", "contract", "edit")).isEqualTo("none");
    assertThat(cell("sales_manager", "opportunity", "assign")).isEqualTo("department_tree");
    assertThat(cell("finance", "contract", "export")).isEqualTo("all");
    assertThat(cell("marketing", "contact", "import")).isEqualTo("all");
    assertThat(access.fieldPermissions(admin, "customer_service"))
        .containsExactly(new FieldPermission("customer", "annual_revenue", "hidden"));
    assertThat(access.fieldPermissions(admin, "sales_rep"))
        .containsExactly(new FieldPermission("opportunity", "probability", "read"));
    assertThat(access.permissions(admin, "admin"))
        .allSatisfy(c -> assertThat(c.scope()).isEqualTo("all"))
        .hasSize(5 * AccessAction.values().length);
    assertThat(access.systemPermissions(admin, "admin"))
        .containsExactlyInAnyOrder(SystemPermission.values());
    assertThat(access.systemPermissions(admin, "sales_rep")).isEmpty();
  }

  @Test
  void aCustomEntityIsOpenToAdminAndClosedToEveryOtherRoleTheMomentItExists() {
    relata
        .metadata()
        .createEntity(
            new EntityDefinition(
                "project",
                Labels.of("Project", "项目"),
                Labels.of("Projects", "项目"),
                "name",
                false,
                false,
                null,
                List.of(
                    FieldDefinition.builder("name", FieldType.TEXT)
                        .labels(Labels.of("Name", "名称"))
                        .build())),
            "test");

    assertThat(access.policy().scope("admin", "project", AccessAction.DELETE)).isEqualTo(Scope.ALL);
    assertThat(cell("admin", "project", "share")).isEqualTo("all");
    for (String role : List.of("sales_rep", "sales_director", "marketing")) {
      assertThat(access.permissions(admin, role))
          .filteredOn(c -> c.entity().equals("project"))
          .allSatisfy(c -> assertThat(c.scope()).isEqualTo("none"))
          .hasSize(AccessAction.values().length);
    }
  }

  @Test
  void settingARolesMatrixReplacesItMakesAVersionAndIsAudited() {
    long before = access.revision();

    access.setPermissions(
        admin,
        "marketing",
        List.of(
            new PermissionCell("customer", "read", "all"),
            new PermissionCell("opportunity", "read", "department")),
        before);

    assertThat(access.revision()).isGreaterThan(before);
    assertThat(cell("marketing", "opportunity", "read")).isEqualTo("department");
    assertThat(cell("marketing", "contact", "read")).as("not sent: none").isEqualTo("none");
    assertThat(
            relata.auditTrail().search(admin, AuditQuery.all()).items().stream()
                .map(e -> e.action() + " " + e.targetId()))
        .contains("role.permissions.update marketing");
    assertThat(access.revisions(admin, 0, 10).get(0).author()).isEqualTo("admin");
  }

  @Test
  void badCellsAreRefusedWithTheirIndexesAndChangeNothing() {
    long before = access.revision();

    RelataException refused =
        refusal(
            () ->
                access.setPermissions(
                    admin,
                    "marketing",
                    List.of(
                        new PermissionCell("customer", "read", "all"),
                        new PermissionCell("customer'; DROP TABLE app_role; --", "read", "all"),
                        new PermissionCell("contact", "fly", "all"),
                        new PermissionCell("contact", "read", "everyone"),
                        new PermissionCell("customer", "read", "own")),
                    null));

    assertThat(refused.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
    assertThat(refused.problems())
        .extracting(p -> p.field())
        .containsExactly("[1].entity", "[2].action", "[3].scope", "[4]");
    assertThat(access.revision()).isEqualTo(before);
    assertThat(cell("marketing", "contact", "read")).isEqualTo("all");
  }

  @Test
  void aChangeFromAStaleVersionIsAConflict() {
    long seen = access.revision();
    access.setSystemPermissions(admin, "finance", List.of("view_logs"), seen);

    RelataException refused =
        refusal(() -> access.setSystemPermissions(admin, "finance", List.of(), seen));

    assertThat(refused.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(access.systemPermissions(admin, "finance"))
        .containsExactly(SystemPermission.VIEW_LOGS);
  }

  @Test
  void aSystemPermissionOpensItsPartOfAdministrationAndNothingElse() {
    long id = user("fiona", "finance");
    assertThat(refusal(() -> relata.auditTrail().search(actor(id), AuditQuery.all())).kind())
        .isEqualTo(ErrorKind.FORBIDDEN);

    access.setSystemPermissions(admin, "finance", List.of("view_logs"), null);

    Actor fiona = actor(id);
    assertThat(fiona.permissions()).containsExactly(SystemPermission.VIEW_LOGS);
    assertThat(relata.auditTrail().search(fiona, AuditQuery.all()).items()).isNotEmpty();
    assertThat(refusal(() -> relata.departments().list(fiona)).kind())
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(refusal(() -> access.permissions(fiona, "finance")).kind())
        .isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void theAdminRoleAlwaysHoldsEverySystemPermission() {
    RelataException refused =
        refusal(() -> access.setSystemPermissions(admin, "admin", List.of("manage_users"), null));

    assertThat(refused.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(access.systemPermissions(admin, "admin"))
        .containsExactlyInAnyOrder(SystemPermission.values());
  }

  @Test
  void aUserManagerCannotGiveOrTakeOverARoleAboveTheirOwn() {
    relata.roles().create(admin, Map.of("name", "user_admin"));
    access.setSystemPermissions(admin, "user_admin", List.of("manage_users"), null);
    Actor manager = actor(user("ursula", "user_admin", "sales_rep"));
    long adminId = admin.userId();

    assertThat(refusal(() -> user(manager, "mallory", "admin")).kind())
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(relata.identity().userByUsername("mallory")).isEmpty();
    assertThat(refusal(() -> user(manager, "marvin", "sales_manager")).kind())
        .as("sales_manager reaches the department tree; ursula only her own records")
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(
            refusal(
                    () ->
                        relata
                            .userAdministration()
                            .resetPassword(manager, adminId, "a brand new passphrase 2026"))
                .kind())
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(TestRelata.admin(relata).userId())
        .as("the admin's password still works")
        .isEqualTo(adminId);

    long rep = user(manager, "rita", "sales_rep");
    assertThat(relata.identity().user(rep).map(User::roles).orElseThrow())
        .containsExactly("sales_rep");
  }

  @Test
  void aRoleManagerCannotMakeARoleGrantMoreThanTheyHold() {
    relata.roles().create(admin, Map.of("name", "role_admin"));
    access.setSystemPermissions(admin, "role_admin", List.of("manage_roles"), null);
    access.setFieldPermissions(
        admin,
        "role_admin",
        List.of(new FieldPermission("opportunity", "probability", "hidden")),
        null);
    Actor manager = actor(user("rolf", "role_admin", "sales_rep"));

    assertThat(
            refusal(
                    () ->
                        access.setSystemPermissions(
                            manager, "sales_rep", List.of("view_logs"), null))
                .kind())
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(
            refusal(
                    () ->
                        access.setPermissions(
                            manager,
                            "marketing",
                            List.of(new PermissionCell("opportunity", "read", "all")),
                            null))
                .kind())
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(
            refusal(
                    () ->
                        access.setFieldPermissions(
                            manager,
                            "sales_rep",
                            List.of(new FieldPermission("opportunity", "probability", "edit")),
                            null))
                .kind())
        .as("rolf reads the probability only")
        .isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(access.systemPermissions(admin, "sales_rep")).isEmpty();

    access.setPermissions(
        manager,
        "customer_service",
        List.of(new PermissionCell("opportunity", "read", "own")),
        null);
    assertThat(cell("customer_service", "opportunity", "read")).isEqualTo("own");
  }

  @Test
  void fieldPermissionsAreCheckedAgainstTheEntitiesFields() {
    RelataException refused =
        refusal(
            () ->
                access.setFieldPermissions(
                    admin,
                    "marketing",
                    List.of(
                        new FieldPermission("customer", "annual_revenue", "read"),
                        new FieldPermission("customer", "nope", "read"),
                        new FieldPermission("customer", "name", "invisible")),
                    null));

    assertThat(refused.problems())
        .extracting(p -> p.field())
        .containsExactly("[1].field", "[2].access");

    access.setFieldPermissions(
        admin,
        "marketing",
        List.of(
            new FieldPermission("customer", "annual_revenue", "read"),
            new FieldPermission("customer", "name", "edit")),
        null);
    assertThat(access.fieldPermissions(admin, "marketing"))
        .as("edit is the default and is not kept")
        .containsExactly(new FieldPermission("customer", "annual_revenue", "read"));
    assertThat(
            access
                .policy()
                .fieldAccess(Set.of("marketing", "customer_service"), "customer", "annual_revenue"))
        .as("the most permissive of a user's roles")
        .isEqualTo(FieldAccess.READ);
  }

  @Test
  void anExportedPolicyImportsBackAndARollbackRestoresAnEarlierVersion() {
    long shipped = access.revision();
    String file = access.export(admin);
    access.setPermissions(admin, "finance", List.of(), null);
    assertThat(cell("finance", "contract", "read")).isEqualTo("none");

    access.rollback(admin, shipped, null);
    assertThat(cell("finance", "contract", "read")).isEqualTo("all");
    assertThat(access.export(admin)).isEqualTo(file);

    access.setPermissions(admin, "finance", List.of(), null);
    access.importPolicy(admin, file, null);
    assertThat(access.export(admin)).isEqualTo(file);
    assertThat(access.countRevisions(admin)).isEqualTo(5);
  }

  @Test
  void aDeletedRolesPartLeavesThePolicySoItsExportImportsBackAndANewRoleOfThatNameStartsEmpty() {
    relata.roles().create(admin, Map.of("name", "auditor"));
    access.setSystemPermissions(admin, "auditor", List.of("view_logs"), null);
    access.setPermissions(
        admin, "auditor", List.of(new PermissionCell("customer", "read", "all")), null);
    long withAuditor = access.revision();

    access.deleteRole(admin, "auditor", null);

    assertThat(access.policy().roles()).doesNotContainKey("auditor");
    assertThat(access.revision()).isGreaterThan(withAuditor);
    assertThat(
            relata.auditTrail().search(admin, AuditQuery.all()).items().stream()
                .map(e -> e.action() + " " + e.targetId()))
        .contains("role.delete auditor", "role.access.delete auditor");
    access.importPolicy(admin, access.export(admin), null);
    access.rollback(admin, withAuditor, null);
    assertThat(access.policy().roles())
        .as("a rollback leaves out the roles deleted since")
        .doesNotContainKey("auditor");
    relata.roles().create(admin, Map.of("name", "auditor"));
    assertThat(access.systemPermissions(admin, "auditor")).isEmpty();
    assertThat(cell("auditor", "customer", "read")).isEqualTo("none");
  }

  @Test
  void aRoleThatCannotBeDeletedKeepsItsPart() {
    user("sam", "sales_rep");
    long before = access.revision();

    assertThat(refusal(() -> access.deleteRole(admin, "sales_rep", null)).kind())
        .isEqualTo(ErrorKind.CONFLICT);
    assertThat(refusal(() -> access.deleteRole(admin, "admin", null)).kind())
        .isEqualTo(ErrorKind.CONFLICT);
    assertThat(access.revision()).isEqualTo(before);
    assertThat(cell("sales_rep", "opportunity", "read")).isEqualTo("own");
  }

  @Test
  void aPageOfVersionsFarPastTheLastIsEmpty() {
    assertThat(access.revisions(admin, Integer.MAX_VALUE, 500)).isEmpty();
    assertThat(access.revisions(admin, 0, 500)).isNotEmpty();
  }

  @Test
  void anImportNamingWhatThisInstallationLacksIsRefusedWhole() {
    long before = access.revision();
    String file =
        """
        {"roles": {"ghost": {"objects": {}},
                   "finance": {"objects": {"spaceship": {"read": "all"}},
                               "fields": {"customer": {"warp": "hidden"}}}}}
        """;

    RelataException refused = refusal(() -> access.importPolicy(admin, file, null));

    assertThat(refused.problems())
        .extracting(p -> p.field())
        .containsExactlyInAnyOrder(
            "roles.ghost", "roles.finance.objects.spaceship", "roles.finance.fields.customer.warp");
    assertThat(access.revision()).isEqualTo(before);
    assertThat(
            refusal(
                    () ->
                        access.importPolicy(
                            admin,
                            "{\"roles\": {\"finance\": {\"objects\": {\"customer\": {\"read\": \"most\"}}}}}",
                            null))
                .kind())
        .isEqualTo(ErrorKind.BAD_REQUEST);
    assertThat(
            refusal(
                    () ->
                        access.importPolicy(
                            admin, "{\"roles\": {\"finance\": {\"extra\": 1}}}", null))
                .kind())
        .isEqualTo(ErrorKind.BAD_REQUEST);
  }

  @Test
  void everyPartNeedsManageRolesAndAnUnknownRoleIsNotFound() {
    Actor rep = actor(user("sam", "sales_rep"));
    List<ThrowingCallable> calls =
        List.of(
            () -> access.permissions(rep, "sales_rep"),
            () -> access.setPermissions(rep, "sales_rep", List.of(), null),
            () -> access.fieldPermissions(rep, "sales_rep"),
            () -> access.setFieldPermissions(rep, "sales_rep", List.of(), null),
            () -> access.systemPermissions(rep, "sales_rep"),
            () -> access.setSystemPermissions(rep, "sales_rep", List.of(), null),
            () -> access.export(rep),
            () -> access.importPolicy(rep, "{}", null),
            () -> access.revisions(rep, 0, 10),
            () -> access.rollback(rep, 1, null));
    long before = access.revision();
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isInstanceOfSatisfying(
              RelataException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }
    assertThat(access.revision()).isEqualTo(before);
    assertThat(refusal(() -> access.permissions(admin, "no_such_role")).kind())
        .isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(refusal(() -> access.rollback(admin, 999_999, null)).kind())
        .isEqualTo(ErrorKind.NOT_FOUND);
  }

  // ---- helpers ----

  private String cell(String role, String entity, String action) {
    return access.permissions(admin, role).stream()
        .filter(c -> c.entity().equals(entity) && c.action().equals(action))
        .findFirst()
        .orElseThrow()
        .scope();
  }

  private long user(String username, String... roles) {
    return user(admin, username, roles);
  }

  private long user(Actor by, String username, String... roles) {
    Map<String, Object> values = new HashMap<>();
    values.put("username", username);
    values.put("password", TestRelata.ADMIN_PASSWORD);
    values.put("roles", List.of(roles));
    return relata.userAdministration().create(by, values).user().id();
  }

  private Actor actor(long id) {
    User user = relata.identity().user(id).orElseThrow();
    return access.actor(user.id(), user.username(), Set.copyOf(user.roles()));
  }

  private static RelataException refusal(ThrowingCallable call) {
    try {
      call.call();
    } catch (RelataException e) {
      return e;
    } catch (Throwable e) {
      throw new AssertionError("Expected a RelataException", e);
    }
    throw new AssertionError("Expected a refusal");
  }
}
