package dev.relata.rules.manage;

import java.sql.Connection;
import java.sql.SQLException;

/** Records a change to rules in the platform's audit log, inside the change's transaction. */
@FunctionalInterface
public interface RuleAudit {
  /**
   * @param action e.g. {@code rules.publish}
   * @param target the file path or revision the change is about
   */
  void record(Connection c, String action, String target, Object before, Object after)
      throws SQLException;

  RuleAudit NONE = (c, action, target, before, after) -> {};
}
