package dev.relata.platform.bootstrap;

import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.platform.Relata;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.config.StoredSettings;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.identity.User;
import dev.relata.platform.organisation.RoleDefinition;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Prepares a database on start: standard objects into an empty metadata store, the default roles
 * once, the {@code admin} user into an empty users table (its password printed once if it was
 * generated), and the demo organisation and records once. Safe to run on every start: each step
 * happens only the first time.
 */
public final class FirstStart {
  public static final String SYSTEM_AUTHOR = "system";
  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private final Relata relata;
  private final RelataConfig config;
  private final Consumer<String> console;
  private final StoredSettings settings = new StoredSettings();

  /**
   * @param console where the one-time administrator password is printed
   */
  public FirstStart(Relata relata, RelataConfig config, Consumer<String> console) {
    this.relata = relata;
    this.config = config;
    this.console = console;
  }

  public void run() {
    if (relata.metadata().catalog().all().isEmpty()) {
      relata.metadata().importDefinitions(StandardDefinitions.load(), SYSTEM_AUTHOR);
      LOG.info("Loaded the standard objects");
    }
    if (!done("default_roles_loaded")) {
      int added = relata.roles().addMissing(RoleDefinition.defaults());
      markDone("default_roles_loaded");
      LOG.info("Loaded " + added + " default roles");
    }
    User admin = null;
    if (relata.identity().countUsers() == 0) {
      admin = createAdmin();
    }
    if (config.demoData() && !done("demo_data_loaded")) {
      User owner = admin != null ? admin : relata.identity().userByUsername("admin").orElse(null);
      if (owner != null) {
        loadDemo(IdentityService.actor(owner));
        markDone("demo_data_loaded");
        LOG.info("Loaded demo data");
      }
    }
  }

  /** The demo organisation, then the demo records owned by its people. */
  private void loadDemo(Actor admin) {
    String password = config.demoPassword();
    boolean generated = password == null;
    if (generated) {
      password = randomPassword();
    }
    DemoOrganisation organisation = new DemoOrganisation(relata, admin, password);
    DemoOrganisation.Owners owners = organisation.load();
    new DemoData(relata.records(), owners.sales(), owners.service()).load();
    List<String> names = organisation.usernames();
    console.accept(
        """

        ============================================================
         Demo users (%s) sign in with
           password: %s
         %s
        ============================================================
        """
            .formatted(
                String.join(", ", names),
                generated ? password : "(the value of RELATA_DEMO_PASSWORD)",
                generated ? "This password is shown once." : ""));
  }

  private boolean done(String step) {
    return relata.database().read(c -> settings.get(c, step)).isPresent();
  }

  private void markDone(String step) {
    relata.database().execute(c -> settings.put(c, step, "true"));
  }

  private User createAdmin() {
    String password = config.adminPassword();
    boolean generated = password == null;
    if (generated) {
      password = randomPassword();
    }
    User admin = relata.identity().createUser("admin", "Administrator", null, password, true);
    console.accept(
        """

        ============================================================
         Relata is set up. Sign in as the administrator:
           username: admin
           password: %s
         %s
        ============================================================
        """
            .formatted(
                generated ? password : "(the value of RELATA_ADMIN_PASSWORD)",
                generated ? "This password is shown once; change it after signing in." : ""));
    return admin;
  }

  static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
