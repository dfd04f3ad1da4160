package dev.relata.rules.run;

/**
 * The functions a rule's consequence may call, imported into every rule file of package {@code
 * relata}. Each acts on the record being written (a session holds exactly one); see {@code
 * docs/rules.md}.
 */
public final class Consequences {
  private static final ThreadLocal<WriteRun> CURRENT = new ThreadLocal<>();

  private Consequences() {}

  /** Refuses the write: {@code field} gets {@code message} (shown to everyone in this text). */
  public static void reject(String field, String message) {
    run().reject(field, message, null);
  }

  /** Refuses the write with a message in English and in Chinese, shown by the user's language. */
  public static void reject(String field, String english, String chinese) {
    run().reject(field, english, chinese);
  }

  /** Sets a field, coerced and checked as if a user had typed it. */
  public static void set(String field, Object value) {
    run().set(field, value);
  }

  /** Makes the user with this username the owner. */
  public static void assign(String username) {
    run().assign(WriteRun.Assignee.USER, username);
  }

  /** Makes the head of the department with this name the owner. */
  public static void assignToHead(String department) {
    run().assign(WriteRun.Assignee.DEPARTMENT_HEAD, department);
  }

  /** Makes the first active holder of the role (by username) the owner. */
  public static void assignToRole(String role) {
    run().assign(WriteRun.Assignee.ROLE, role);
  }

  static void enter(WriteRun run) {
    CURRENT.set(run);
  }

  static void leave() {
    CURRENT.remove();
  }

  private static WriteRun run() {
    WriteRun run = CURRENT.get();
    if (run == null) {
      throw new IllegalStateException("rule functions work only while a write runs its rules");
    }
    return run;
  }
}
