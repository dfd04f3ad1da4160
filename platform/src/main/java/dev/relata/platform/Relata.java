package dev.relata.platform;

import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.sql.Database;
import dev.relata.platform.access.AccessAdministration;
import dev.relata.platform.access.AccessDecider;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.audit.AuditTrail;
import dev.relata.platform.audit.LoginHistory;
import dev.relata.platform.audit.LoginLog;
import dev.relata.platform.config.RelataConfig;
import dev.relata.platform.customize.ObjectManager;
import dev.relata.platform.customize.RuleManager;
import dev.relata.platform.identity.AccountSecurity;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.identity.PasswordHasher;
import dev.relata.platform.identity.PersonalTokens;
import dev.relata.platform.identity.SecretBox;
import dev.relata.platform.identity.SecurityPolicies;
import dev.relata.platform.identity.TwoFactor;
import dev.relata.platform.identity.WebSessions;
import dev.relata.platform.organisation.AdminRecovery;
import dev.relata.platform.organisation.DepartmentService;
import dev.relata.platform.organisation.OrganisationChanges;
import dev.relata.platform.organisation.RoleService;
import dev.relata.platform.organisation.UserAdministration;
import dev.relata.platform.records.DirectoryPeople;
import dev.relata.platform.records.RecordService;
import dev.relata.rules.manage.RuleAdministration;
import dev.relata.rules.manage.RuleAudit;
import dev.relata.rules.manage.RuleFolder;

/**
 * The composition root: one database and the services built on it. The webapp holds one of these
 * for the application's lifetime; tests build one per database.
 */
public final class Relata implements AutoCloseable {
  /** The author of what the rules folder changes. */
  public static final String RULES_FOLDER_AUTHOR = "rules-folder";

  /** The physical users table that owner and user fields reference. */
  public static final String USER_TABLE = "app_user";

  private final Database database;
  private final MetadataService metadata;
  private final IdentityService identity;
  private final RecordService records;
  private final RuleAdministration rules;
  private final RuleManager ruleManager;
  private volatile RuleFolder ruleFolder;

  private final ObjectManager objectManager;
  private final AuditLog auditLog = new AuditLog();
  private final LoginLog loginLog = new LoginLog();
  private final AccountSecurity accountSecurity;
  private final DepartmentService departments;
  private final RoleService roles;
  private final UserAdministration userAdministration;
  private final AdminRecovery adminRecovery;
  private final LoginHistory loginHistory;
  private final AuditTrail auditTrail;
  private final SecurityPolicies securityPolicies;
  private final PersonalTokens personalTokens;
  private final WebSessions webSessions;
  private final AccessAdministration access;
  private final AccessDecider accessDecider;

  public Relata(Database database, RelataConfig config) {
    this.database = database;
    this.metadata = new MetadataService(database, USER_TABLE);
    PasswordHasher hasher = new PasswordHasher(config.passwordIterations());
    this.securityPolicies = new SecurityPolicies(database, auditLog);
    this.accountSecurity = new AccountSecurity(hasher, securityPolicies);
    this.roles = new RoleService(database, auditLog);
    this.access = new AccessAdministration(database, metadata, auditLog, roles);
    this.identity =
        new IdentityService(
            database,
            hasher,
            config.tokenLifetime(),
            loginLog,
            securityPolicies,
            accountSecurity,
            new SecretBox(config.installationKey()),
            userRoles -> access.policy().systemPermissions(userRoles));
    this.personalTokens = new PersonalTokens(database);
    this.webSessions = new WebSessions(database, securityPolicies);
    this.rules = new RuleAdministration(database, metadata, DirectoryPeople::new, access::policy);
    access.onChange(rules::accessPolicyChanged);
    this.accessDecider = new AccessDecider(database, metadata, rules.engine()::current);
    this.records = new RecordService(database, metadata, rules.engine(), accessDecider);
    this.ruleManager = new RuleManager(rules, auditLog);
    OrganisationChanges organisation = new OrganisationChanges();
    organisation.subscribe(accessDecider::organisationChanged);
    this.departments = new DepartmentService(database, auditLog, organisation);
    this.userAdministration =
        new UserAdministration(
            database, accountSecurity, auditLog, metadata, records, access, organisation);
    this.adminRecovery = new AdminRecovery(database, accountSecurity, securityPolicies, auditLog);
    this.objectManager = new ObjectManager(metadata, database, auditLog);
    this.loginHistory = new LoginHistory(database);
    this.auditTrail = new AuditTrail(database);
  }

  /** Opens the configured database, migrates it, and builds the services. */
  public static Relata open(RelataConfig config) {
    return new Relata(config.database().open(), config);
  }

  public Database database() {
    return database;
  }

  public MetadataService metadata() {
    return metadata;
  }

  public IdentityService identity() {
    return identity;
  }

  public RecordService records() {
    return records;
  }

  /** The rules' working copy, revisions and the engine every record write runs. */
  public RuleAdministration rules() {
    return rules;
  }

  /** Administrators' work on rules, checked and audited. */
  public RuleManager ruleManager() {
    return ruleManager;
  }

  /** Which records each user may reach, decided from the rule base in force. */
  public AccessDecider accessDecider() {
    return accessDecider;
  }

  /** The access policy in force and administrators' changes to it. */
  public AccessAdministration access() {
    return access;
  }

  public ObjectManager objectManager() {
    return objectManager;
  }

  public AuditLog auditLog() {
    return auditLog;
  }

  public LoginLog loginLog() {
    return loginLog;
  }

  public AccountSecurity accountSecurity() {
    return accountSecurity;
  }

  public DepartmentService departments() {
    return departments;
  }

  public RoleService roles() {
    return roles;
  }

  public UserAdministration userAdministration() {
    return userAdministration;
  }

  /** Break-glass recovery of administrator access, for the {@code reset-admin} command. */
  public AdminRecovery adminRecovery() {
    return adminRecovery;
  }

  public LoginHistory loginHistory() {
    return loginHistory;
  }

  public AuditTrail auditTrail() {
    return auditTrail;
  }

  public SecurityPolicies securityPolicies() {
    return securityPolicies;
  }

  public TwoFactor twoFactor() {
    return identity.twoFactor();
  }

  public PersonalTokens personalTokens() {
    return personalTokens;
  }

  public WebSessions webSessions() {
    return webSessions;
  }

  /**
   * Keeps the rules folder in the working copy and publishes its changes, from now until {@link
   * #close()}. Revisions it publishes name {@code rules-folder} as their author.
   */
  public void watchRulesFolder(java.nio.file.Path folder) {
    RuleFolder watching = new RuleFolder(folder, rules, RULES_FOLDER_AUTHOR, RuleAudit.NONE);
    watching.start();
    ruleFolder = watching;
  }

  @Override
  public void close() {
    if (ruleFolder != null) {
      ruleFolder.close();
    }
    if (database.dataSource() instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("Could not close the connection pool", e);
      }
    }
  }
}
