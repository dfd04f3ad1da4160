package dev.relata.rules.verify;

import dev.relata.rules.api.WriteKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One example from a {@code .test.json} file: a write, and what the rules must make of it.
 *
 * @param line where the test starts in its file, for the editor to mark
 * @param record the record as written (raw JSON values, coerced like input when run)
 * @param before for an update, the values before it
 * @param user who writes; null for a user with no roles and no department
 * @param expectErrors the fields the rules must refuse, each with the message expected (null: any)
 * @param expectValues field values the record must have after the rules
 * @param expectOwner the username the rules must assign the record to; null: not checked
 */
public record RuleTest(
    String path,
    int line,
    String name,
    String entity,
    WriteKind kind,
    Map<String, Object> record,
    Map<String, Object> before,
    User user,
    boolean expectAccepted,
    Map<String, String> expectErrors,
    Map<String, Object> expectValues,
    String expectOwner) {

  /** The acting user, as a test describes them. */
  public record User(String username, Set<String> roles, String department) {
    public User {
      roles = Set.copyOf(roles);
    }

    static final User ANYONE = new User("rule-test", Set.of(), null);
  }

  /** The members a test may have; any other is a typo that would make the test pass silently. */
  static final List<String> MEMBERS =
      List.of("name", "entity", "kind", "record", "before", "user", "expect");

  static final List<String> EXPECT_MEMBERS = List.of("accepted", "errors", "values", "owner");
}
