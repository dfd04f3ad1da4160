package dev.relata.platform.testing;

import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.metadata.testing.TestDatabases;
import dev.relata.platform.Relata;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import java.util.Map;

/**
 * A Relata on a fresh database (H2, or PostgreSQL when {@code RELATA_TEST_DB_URL} is set), with
 * cheap password hashing so that tests stay fast.
 */
public final class TestRelata {
  /** A fixed installation key, so that tests never write a key file. */
  public static final String TEST_KEY = "dGVzdCBrZXkgb2YgMzIgYnl0ZXMgZm9yIHJlbGF0YSE=";

  public static final String ADMIN_PASSWORD = "correct horse battery staple";

  private TestRelata() {}

  public static RelataConfig config() {
    return RelataConfig.from(
        Map.of(
            "RELATA_PASSWORD_ITERATIONS",
            "1000",
            "RELATA_DEMO_DATA",
            "false",
            "RELATA_SECRET_KEY",
            TEST_KEY));
  }

  /** An empty installation: no entities, no users. */
  public static Relata empty() {
    return new Relata(TestDatabases.fresh(), config());
  }

  /** An installation with the standard objects and an administrator. */
  public static Relata withStandardObjects() {
    Relata relata = empty();
    relata.metadata().importDefinitions(StandardDefinitions.load(), "test");
    relata.identity().createUser("admin", "Administrator", null, ADMIN_PASSWORD, true);
    return relata;
  }

  public static Actor admin(Relata relata) {
    return admin(relata, ADMIN_PASSWORD);
  }

  public static Actor admin(Relata relata, String password) {
    return signIn(relata, "admin", password);
  }

  public static Actor signIn(Relata relata, String username, String password) {
    return IdentityService.actor(relata.identity().signIn(username, password));
  }
}
