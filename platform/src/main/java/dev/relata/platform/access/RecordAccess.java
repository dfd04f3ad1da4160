package dev.relata.platform.access;

import dev.relata.metadata.model.SystemField;
import dev.relata.metadata.query.SqlCondition;
import dev.relata.metadata.query.SqlQueryWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one subject may do to the records of one entity for one action: the records some grant
 * reaches and no forbid does. One record is decided in memory ({@link #allows}); a list gets the
 * same decision as a SQL condition ({@link #where}). The two must agree for every record and every
 * organisation; tests hold them to it.
 */
public record RecordAccess(List<Reach> grants, List<Reach> forbids) {
  private static final String OWNER = SystemField.OWNER.column();

  public RecordAccess {
    grants = List.copyOf(grants);
    forbids = List.copyOf(forbids);
  }

  /** Whether the record (API field names to values, {@code owner} included) is allowed. */
  public boolean allows(Map<String, Object> record, Organisation organisation) {
    return grants.stream().anyMatch(g -> reaches(g, record, organisation))
        && forbids.stream().noneMatch(f -> reaches(f, record, organisation));
  }

  /** Whether no record can be allowed, whatever it holds. */
  public boolean deniesAll() {
    return grants.stream().allMatch(g -> g instanceof Reach.Nothing)
        || forbids.stream().anyMatch(f -> f instanceof Reach.Everything);
  }

  /** Whether every record is allowed, whatever it holds. */
  public boolean allowsAll() {
    return grants.stream().anyMatch(g -> g instanceof Reach.Everything)
        && forbids.stream().allMatch(f -> f instanceof Reach.Nothing);
  }

  /**
   * The allowed records as a SQL condition on the entity's table (with bind parameters), to be
   * ANDed with the caller's filter; {@code 1 = 1} when every record is allowed.
   */
  public SqlCondition where() {
    if (allowsAll()) {
      return new SqlCondition("1 = 1", List.of());
    }
    if (deniesAll()) {
      return new SqlCondition("1 = 0", List.of());
    }
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("(");
    sql.append(anyOf(grants, parameters)).append(')');
    List<Reach> realForbids = forbids.stream().filter(f -> !(f instanceof Reach.Nothing)).toList();
    if (!realForbids.isEmpty()) {
      sql.append(" AND NOT (").append(anyOf(realForbids, parameters)).append(')');
    }
    return new SqlCondition(sql.toString(), parameters);
  }

  private static String anyOf(List<Reach> reaches, List<Object> parameters) {
    List<String> parts = new ArrayList<>();
    for (Reach reach : reaches) {
      parts.add(sql(reach, parameters));
    }
    return String.join(" OR ", parts);
  }

  private static String sql(Reach reach, List<Object> parameters) {
    if (reach instanceof Reach.Everything) {
      return "1 = 1";
    }
    if (reach instanceof Reach.Nothing) {
      return "1 = 0";
    }
    if (reach instanceof Reach.Owner owner) {
      parameters.add(owner.userId());
      return "(" + OWNER + " IS NOT NULL AND " + OWNER + " = ?)";
    }
    if (reach instanceof Reach.OwnerInDepartment department) {
      parameters.add(department.departmentId());
      return ownerAmong("SELECT u.id FROM app_user u WHERE u.department_id = ?");
    }
    if (reach instanceof Reach.OwnerInDepartmentTree tree) {
      parameters.add(tree.path() + "%");
      return ownerAmong(
          "SELECT u.id FROM app_user u JOIN department d ON d.id = u.department_id"
              + " WHERE d.path LIKE ?");
    }
    if (reach instanceof Reach.OwnerReportsTo reports) {
      parameters.add(reports.reportsPrefix() + "%");
      return ownerAmong("SELECT u.id FROM app_user u WHERE u.manager_path LIKE ?");
    }
    SqlCondition condition = SqlQueryWriter.where(((Reach.Matching) reach).filter());
    parameters.addAll(condition.parameters());
    return condition.sql();
  }

  /** The owner is one of the users a subquery on the user table finds (ADR 18). */
  private static String ownerAmong(String users) {
    return "(" + OWNER + " IS NOT NULL AND " + OWNER + " IN (" + users + "))";
  }

  private static boolean reaches(
      Reach reach, Map<String, Object> record, Organisation organisation) {
    if (reach instanceof Reach.Everything) {
      return true;
    }
    if (reach instanceof Reach.Nothing) {
      return false;
    }
    if (reach instanceof Reach.Matching matching) {
      return matching.evaluator().test(record);
    }
    if (!(record.get(SystemField.OWNER.apiName()) instanceof Long owner)) {
      return false;
    }
    Organisation.Place place = organisation.place(owner);
    if (reach instanceof Reach.Owner o) {
      return owner == o.userId();
    }
    if (reach instanceof Reach.OwnerInDepartment d) {
      return Long.valueOf(d.departmentId()).equals(place.departmentId());
    }
    if (reach instanceof Reach.OwnerInDepartmentTree t) {
      return place.departmentPath() != null && place.departmentPath().startsWith(t.path());
    }
    return place.managerPath().startsWith(((Reach.OwnerReportsTo) reach).reportsPrefix());
  }
}
