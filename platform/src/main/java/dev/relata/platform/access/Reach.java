package dev.relata.platform.access;

import dev.relata.metadata.query.BoundFilter;
import dev.relata.metadata.query.FilterEvaluator;

/**
 * Which records of an entity a grant or a forbid reaches: decided by the record's owner (a scope of
 * the matrix, seen from the subject's place in the organisation) or by a condition on its fields
 * (an analyst's rule). Each is answered two ways that must agree: in memory for one record and as
 * SQL for a list ({@link RecordAccess}).
 */
public sealed interface Reach {
  /** Every record. */
  record Everything() implements Reach {}

  /** No record (a department scope for a user without a department). */
  record Nothing() implements Reach {}

  /** Records this user owns. */
  record Owner(long userId) implements Reach {}

  /** Records whose owner is in this department. */
  record OwnerInDepartment(long departmentId) implements Reach {}

  /** Records whose owner is in the department with this path or one below it. */
  record OwnerInDepartmentTree(String path) implements Reach {}

  /**
   * Records whose owner reports, directly or not, to the user whose reports' manager paths start
   * with {@code reportsPrefix} (that user's own manager path followed by their id).
   */
  record OwnerReportsTo(String reportsPrefix) implements Reach {}

  /** Records that match a condition in the filter language, bound to the entity's fields. */
  record Matching(String condition, BoundFilter filter, FilterEvaluator evaluator)
      implements Reach {
    /** Refuses (400) a condition the evaluator cannot answer as the database would. */
    public static Matching of(String condition, BoundFilter filter) {
      return new Matching(condition, filter, FilterEvaluator.of(filter));
    }
  }
}
