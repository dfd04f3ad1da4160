package dev.relata.platform.audit;

import static dev.relata.metadata.testing.Refusals.badRequest;
import static dev.relata.metadata.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.testing.TestRelata;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the admin audit log: filters, newest first, paging, and for administrators only. */
class AuditTrailTest {
  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  private final Relata relata = TestRelata.withStandardObjects();
  private final Actor admin = TestRelata.admin(relata);
  private final AuditTrail trail = relata.auditTrail();

  @AfterEach
  void close() {
    relata.close();
  }

  @Test
  void anEntryIsReadBackWithWhoWhatAndTheStatesAsJson() {
    relata
        .database()
        .execute(
            c ->
                relata
                    .auditLog()
                    .record(
                        c,
                        admin,
                        "role.update",
                        "role",
                        "sales",
                        "Sales",
                        Map.of("labels", Map.of("en", "Sales")),
                        Map.of("labels", Map.of("en", "Sales team"), "requiresTotp", true)));

    AuditEvent event = trail.search(admin, query(null, null, "role", "sales")).items().get(0);

    assertThat(event.actorUsername()).isEqualTo("admin");
    assertThat(event.actorId()).isEqualTo(admin.userId());
    assertThat(event.action()).isEqualTo("role.update");
    assertThat(event.targetLabel()).isEqualTo("Sales");
    assertThat(event.before().at("/labels/en").asText()).isEqualTo("Sales");
    assertThat(event.after().at("/labels/en").asText()).isEqualTo("Sales team");
    assertThat(event.after().get("requiresTotp").asBoolean()).isTrue();
    assertThat(event.occurredAt()).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void anActionEndingInADotSelectsEveryActionUnderIt() {
    LogEntries.audit(relata, T0, "admin", "user.create", "user", "7");
    LogEntries.audit(relata, T0.plusSeconds(1), "admin", "user.deactivate", "user", "7");
    LogEntries.audit(relata, T0.plusSeconds(2), "admin", "userx.create", "userx", "7");
    LogEntries.audit(relata, T0.plusSeconds(3), "admin", "role.update", "role", "sales");

    assertThat(actions(query(null, "user.", null, null)))
        .containsExactly("user.deactivate", "user.create");
    assertThat(actions(query(null, "user.create", null, null))).containsExactly("user.create");
    assertThat(actions(query(null, "user", null, null))).isEmpty();
    assertThat(trail.actions(admin)).contains("role.update", "user.create", "user.deactivate");
  }

  @Test
  void filtersByActorTargetAndTimeCombineAndTiesGoToTheLaterWritten() {
    LogEntries.audit(relata, T0, "Chen.Li", "department.update", "department", "4");
    LogEntries.audit(relata, T0.plusSeconds(10), "chen.li", "department.delete", "department", "4");
    LogEntries.audit(relata, T0.plusSeconds(10), "chen.li", "department.create", "department", "4");
    LogEntries.audit(relata, T0.plusSeconds(10), "chen.li", "department.create", "department", "5");
    LogEntries.audit(relata, T0.plusSeconds(20), "admin", "department.update", "department", "4");

    LogPage<AuditEvent> page =
        trail.search(
            admin,
            new AuditQuery(
                T0.plusSeconds(5), T0.plusSeconds(20), "CHEN", null, "department", "4", 0, 50));

    assertThat(page.items())
        .extracting(AuditEvent::action)
        .containsExactly("department.create", "department.delete");
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void pagesSplitTheMatchesAndTheTotalCountsThemAll() {
    for (int i = 0; i < 5; i++) {
      LogEntries.audit(relata, T0.plusSeconds(i), "pager", "settings.update", "settings", "s" + i);
    }

    LogPage<AuditEvent> page =
        trail.search(admin, new AuditQuery(null, null, "pager", null, null, null, 1, 2));

    assertThat(page.items()).extracting(AuditEvent::targetId).containsExactly("s2", "s1");
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void filterTextThatLooksLikeSqlOrWildcardsIsMatchedLiterally() {
    LogEntries.audit(relata, T0, "a_b", "user.update", "user", "1");
    LogEntries.audit(relata, T0, "axb", "user.update", "user", "1");

    assertThat(
            trail.search(admin, new AuditQuery(null, null, "a_b", null, null, null, 0, 50)).items())
        .extracting(AuditEvent::actorUsername)
        .containsExactly("a_b");
    assertThat(
            trail
                .search(admin, new AuditQuery(null, null, null, "user.%", null, null, 0, 50))
                .total())
        .isZero();
    assertThat(
            trail
                .search(
                    admin, new AuditQuery(null, null, null, null, "user' OR 1=1 --", null, 0, 50))
                .total())
        .isZero();
    assertThat(trail.search(admin, query(null, null, "user", "1")).total()).isEqualTo(2);
  }

  @Test
  void onlyAdministratorsMayReadTheLog() {
    relata.identity().createUser("clerk", "Clerk", null, "a quiet lighthouse keeper", false);
    Actor clerk = TestRelata.signIn(relata, "clerk", "a quiet lighthouse keeper");

    refused(ErrorKind.FORBIDDEN, () -> trail.search(clerk, AuditQuery.all()));
    refused(ErrorKind.FORBIDDEN, () -> trail.actions(clerk));
  }

  @Test
  void badFilterValuesAreRefusedWithWhatToSend() {
    assertThat(
            badRequest(
                    () -> AuditQuery.parse("2026-13-01", null, null, null, null, null, null, null))
                .getMessage())
        .contains("from must be an ISO-8601");
    assertThat(
            badRequest(() -> AuditQuery.parse(null, "noon", null, null, null, null, null, null))
                .getMessage())
        .contains("to must be an ISO-8601");
    assertThat(
            badRequest(() -> AuditQuery.parse(null, null, null, null, null, null, -2, null))
                .getMessage())
        .contains("page must be 0 or more");
    assertThat(
            badRequest(() -> AuditQuery.parse(null, null, null, null, null, null, null, 0))
                .getMessage())
        .contains("size must be between 1 and 500");
    assertThat(
            badRequest(
                    () ->
                        AuditQuery.parse(null, null, "x".repeat(101), null, null, null, null, null))
                .getMessage())
        .contains("actor may have at most 100 characters");
  }

  private List<String> actions(AuditQuery query) {
    return trail.search(admin, query).items().stream().map(AuditEvent::action).toList();
  }

  private static AuditQuery query(String actor, String action, String targetType, String targetId) {
    return new AuditQuery(null, null, actor, action, targetType, targetId, 0, 50);
  }
}
