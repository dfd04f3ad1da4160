package dev.relata.platform.customize;

import dev.relata.metadata.access.SystemPermission;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.audit.AuditLog;
import dev.relata.platform.identity.Actor;
import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.manage.RevisionDetail;
import dev.relata.rules.manage.RuleAdministration;
import dev.relata.rules.manage.RuleAudit;
import dev.relata.rules.manage.RuleFileStatus;
import dev.relata.rules.manage.RuleTestRun;
import dev.relata.rules.store.DraftFile;
import dev.relata.rules.store.RuleRevision;
import java.util.List;

/**
 * Administrators' work on rules: every call needs an administrator (until the access policy adds a
 * rules permission), and every change is an entry of the admin audit log in the change's own
 * transaction.
 */
public final class RuleManager {
  static final String TARGET_TYPE = "rules";

  private final RuleAdministration rules;
  private final AuditLog auditLog;

  public RuleManager(RuleAdministration rules, AuditLog auditLog) {
    this.rules = rules;
    this.auditLog = auditLog;
  }

  public List<RuleFileStatus> list(Actor actor) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.list();
  }

  public DraftFile get(Actor actor, String path) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.get(path);
  }

  /** How a file stands against the rules in force (published, draft or deleted). */
  public RuleFileStatus status(Actor actor, String path) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules
        .status(path)
        .orElseThrow(() -> RelataException.notFound("rule.file.not_found", path));
  }

  /** Whether the working copy holds the file (not deleted). */
  public boolean exists(Actor actor, String path) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.status(path).filter(f -> !f.state().equals("deleted")).isPresent();
  }

  public RuleFileStatus save(Actor actor, String path, String content, Long version) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.save(path, content, version, actor.username(), audit(actor));
  }

  public void delete(Actor actor, String path, Long version) {
    actor.require(SystemPermission.MANAGE_RULES);
    rules.delete(path, version, actor.username(), audit(actor));
  }

  public List<BuildProblem> validate(Actor actor) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.validate();
  }

  /** Builds the working copy and runs its rule tests; nothing changes. */
  public RuleTestRun runTests(Actor actor) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.runTests();
  }

  public RuleRevision publish(Actor actor) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.publish(actor.username(), audit(actor));
  }

  public List<RuleRevision> revisions(Actor actor, int page, int size) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.revisions(page, size);
  }

  public long countRevisions(Actor actor) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.countRevisions();
  }

  /** The revision in force, or null before the first publish. */
  public Long activeRevision(Actor actor) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.activeRevision();
  }

  public RevisionDetail revision(Actor actor, long id) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.revision(id);
  }

  public RuleRevision rollback(Actor actor, long revisionId) {
    actor.require(SystemPermission.MANAGE_RULES);
    return rules.rollback(revisionId, actor.username(), audit(actor));
  }

  private RuleAudit audit(Actor actor) {
    return (c, action, target, before, after) ->
        auditLog.record(c, actor, action, TARGET_TYPE, target, target, before, after);
  }
}
