package dev.relata.webapp.deployed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.rules.facts.FactTypeNames;
import dev.relata.webapp.runtime.ReadinessCheck;
import dev.relata.webapp.runtime.RelataRuntime;
import jakarta.inject.Inject;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application as deployed: the real WAR in a Payara Micro started by Arquillian, with this test
 * running inside it. Checks what only the container shows: CDI wiring of the runtime and the
 * readiness check, startup against the configured database, and a metadata change (and a rule
 * published on it) reaching the record service of the running application without a restart. One
 * deployment for all methods, because each deployment starts its own Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
class DeployedPlatformIT {

  @Deployment
  static WebArchive deployment() {
    File war = new File(System.getProperty("relata.war", "target/relata.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClass(DeployedPlatformIT.class);
  }

  @Inject RelataRuntime runtime;
  @Inject @Readiness ReadinessCheck readiness;

  @Test
  void runtimeHasStartedWithTheStandardObjectsAndReportsReady() {
    assertTrue(runtime.ready(), () -> "not ready: " + runtime.failure());
    assertTrue(
        runtime
            .relata()
            .metadata()
            .catalog()
            .activeNames()
            .containsAll(
                List.of("customer", "contact", "opportunity", "contract", "service_request")));
    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
  }

  @Test
  void fieldAddedByAnAdministratorIsUsableByTheRecordServiceAtOnce() {
    Relata relata = runtime.relata();
    Actor admin = admin(relata);
    String entity = entityWithTitle(relata, admin, "arq_");

    relata
        .objectManager()
        .addField(
            admin,
            entity,
            FieldDefinition.builder("score", FieldType.INTEGER).labels(Labels.of("Score")).build());
    Map<String, Object> created =
        relata.records().create(entity, Map.of("title", "first", "score", 7), admin);

    assertEquals(7L, created.get("score"));
    assertEquals(
        "first", relata.records().get(entity, (Long) created.get("id"), admin).get("title"));
  }

  @Test
  void aRulePublishedInTheRunningApplicationJudgesTheNextWriteOfAFieldAddedAtRuntime() {
    Relata relata = runtime.relata();
    Actor admin = admin(relata);
    String entity = entityWithTitle(relata, admin, "arqr_");
    relata
        .objectManager()
        .addField(
            admin,
            entity,
            FieldDefinition.builder("level", FieldType.INTEGER).labels(Labels.of("Level")).build());
    String type = FactTypeNames.of(entity);
    String path = "arquillian/" + entity + ".drl";
    relata
        .ruleManager()
        .save(
            admin,
            path,
            "rule \"Level at most 3\"\nwhen\n  "
                + type
                + "( level > 3 )\nthen\n  reject(\"level\", \"At most 3\");\nend\n",
            null);
    assertEquals(List.of(), relata.ruleManager().validate(admin));
    relata.ruleManager().publish(admin);
    try {
      RelataException refused =
          assertThrows(
              RelataException.class,
              () -> relata.records().create(entity, Map.of("title", "high", "level", 5), admin));
      assertEquals("level", refused.problems().get(0).field());
      assertEquals(
          2L,
          relata.records().create(entity, Map.of("title", "low", "level", 2), admin).get("level"));
    } finally {
      relata.ruleManager().delete(admin, path, null);
      relata.ruleManager().publish(admin);
    }
  }

  private static Actor admin(Relata relata) {
    return IdentityService.actor(relata.identity().signIn("admin", "arquillian server passphrase"));
  }

  /** A new entity of a unique name with one text field, title, made by an administrator. */
  private static String entityWithTitle(Relata relata, Actor admin, String prefix) {
    String entity = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    relata
        .objectManager()
        .createEntity(
            admin,
            new EntityDefinition(
                entity,
                Labels.of("Arq"),
                Labels.of("Arqs"),
                null,
                false,
                false,
                null,
                List.of(
                    FieldDefinition.builder("title", FieldType.TEXT)
                        .labels(Labels.of("Title"))
                        .build())));
    return entity;
  }
}
