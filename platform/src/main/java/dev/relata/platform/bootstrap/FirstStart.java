package dev.relata.platform.bootstrap;

import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.files.StandardDefinitions;
import dev.relata.platform.Relata;
import dev.relata.platform.config.ConfigurationException;
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
  private static final String ADMIN_USERNAME = "admin";
  private static final String ADMIN_NAME = "Administrator";
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

  /**
   * @throws ConfigurationException if {@code RELATA_ADMIN_PASSWORD} or {@code RELATA_DEMO_PASSWORD}
   *     is needed and the password policy refuses it; nothing is loaded then
   */
  public void run() {
    boolean adminDue = relata.identity().countUsers() == 0;
    boolean demoDue = config.demoData() && !done("demo_data_loaded");
    checkGivenPasswords(adminDue, demoDue);
    if (relata.metadata().catalog().all().isEmpty()) {
      relata.metadata().importDefinitions(StandardDefinitions.load(), SYSTEM_AUTHOR);
      LOG.info("Loaded the standard objects");
    }
    if (!done("default_roles_loaded")) {
      int added = relata.roles().addMissing(RoleDefinition.defaults());
      markDone("default_roles_loaded");
      LOG.info("Loaded " + added + " default roles");
    }
    User admin = adminDue ? createAdmin() : null;
    if (demoDue) {
      User owner =
          admin != null ? admin : relata.identity().userByUsername(ADMIN_USERNAME).orElse(null);
      if (owner != null) {
        loadDemo(IdentityService.actor(owner));
        markDone("demo_data_loaded");
        LOG.info("Loaded demo data");
      }
    }
  }

  /** Passwords from the environment that are about to be used must pass the password policy. */
  private void checkGivenPasswords(boolean adminDue, boolean demoDue) {
    try {
      if (adminDue && config.adminPassword() != null) {
        relata
            .database()
            .execute(
                c ->
                    relata
                        .accountSecurity()
                        .checkNewPassword(c, ADMIN_USERNAME, ADMIN_NAME, config.adminPassword()));
      }
    } catch (RelataException e) {
      throw refusedPassword(e, "RELATA_ADMIN_PASSWORD");
    }
    try {
      if (demoDue && config.demoPassword() != null) {
        DemoOrganisation.checkPassword(relata, config.demoPassword());
      }
    } catch (RelataException e) {
      throw refusedPassword(e, "RELATA_DEMO_PASSWORD");
    }
  }

  /**
   * The demo organisation, the example rules (which name its people), then the demo records owned
   * by its people, written under those rules.
   */
  private void loadDemo(Actor admin) {
    String password = config.demoPassword();
    boolean generated = password == null;
    if (generated) {
      password = randomPassword();
    }
    DemoOrganisation organisation = new DemoOrganisation(relata, admin, password);
    DemoOrganisation.Owners owners = organisation.load();
    ExampleRules.publish(relata.rules(), SYSTEM_AUTHOR);
    new DemoData(relata.records(), admin, owners.sales(), owners.service()).load();
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
    User admin = relata.identity().createUser(ADMIN_USERNAME, ADMIN_NAME, null, password, true);
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

  /**
   * A password from the environment that the password policy refuses is a setting to change, said
   * with the policy's reason; any other refusal is passed on as it is.
   */
  private static RuntimeException refusedPassword(RelataException refusal, String variable) {
    List<String> reasons =
        refusal.problems().stream()
            .filter(problem -> "password".equals(problem.field()))
            .map(FieldProblem::message)
            .toList();
    if (reasons.isEmpty()) {
      return refusal;
    }
    return new ConfigurationException(
        variable
            + " is refused by the password policy: "
            + String.join(" ", reasons)
            + " Set another value and start again.",
        refusal);
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
