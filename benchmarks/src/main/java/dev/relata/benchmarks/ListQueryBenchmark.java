package dev.relata.benchmarks;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.metadata.sql.SqlDialect;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import dev.relata.platform.records.RecordPage;
import dev.relata.platform.records.RecordQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A list page of 50 opportunities with a filter on an indexed field and a sort, through the record
 * service (parse, bind, SQL, rows to values, total count) against the same two SQL statements
 * written by hand and read with plain JDBC, in the same run. Three lists: one customer's
 * opportunities (about 100), one stage's (about 167,000, so the count stops at 2,000), and an
 * amount range (about 5,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class ListQueryBenchmark {

  /** Which list: one customer's opportunities, one stage's, or an amount range. */
  @Param({"customer", "stage", "amount"})
  public String query;

  private Relata relata;
  private Actor admin;
  private String filter;
  private String handWrittenWhere;
  private Object handWrittenValue;
  private String table;
  private String columns;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    relata = BenchDatabase.open();
    admin = IdentityService.actor(relata.identity().signIn("admin", BenchDatabase.ADMIN_PASSWORD));
    EntityDefinition opportunity = relata.metadata().catalog().require("opportunity");
    table = opportunity.table();
    List<String> names =
        new ArrayList<>(
            List.of(
                "id",
                "owner_id",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
                "version"));
    opportunity.activeFields().forEach(f -> names.add(f.column()));
    columns = String.join(", ", names);
    long customerId;
    try (Connection c = relata.database().dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT MIN(id) + 4321 FROM "
                    + relata.metadata().catalog().require("customer").table());
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      customerId = rs.getLong(1);
    }
    switch (query) {
      case "customer" -> {
        filter = "customer eq " + customerId;
        handWrittenWhere = OpportunityGenerator.column(opportunity, "customer") + " = ?";
        handWrittenValue = customerId;
      }
      case "stage" -> {
        filter = "stage eq 'negotiation'";
        handWrittenWhere = OpportunityGenerator.column(opportunity, "stage") + " = ?";
        handWrittenValue = "negotiation";
      }
      default -> {
        filter = "amount ge 1990000";
        handWrittenWhere = OpportunityGenerator.column(opportunity, "amount") + " >= ?";
        handWrittenValue = new java.math.BigDecimal(1_990_000);
      }
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    relata.close();
  }

  @Benchmark
  public RecordPage recordService() {
    return relata.records().list("opportunity", RecordQuery.of(filter, "-amount", 0, 50), admin);
  }

  @Benchmark
  public long handWrittenSql() throws SQLException {
    String order = " ORDER BY c_amount DESC NULLS FIRST, id DESC";
    long checksum = 0;
    try (Connection c = relata.database().dataSource().getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT "
                  + columns
                  + " FROM "
                  + table
                  + " WHERE deleted = FALSE AND "
                  + handWrittenWhere
                  + order
                  + " OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY")) {
        // Planned for its value, as any careful hand-written query on skewed data must be.
        SqlDialect.planForBoundValues(ps);
        ps.setObject(1, handWrittenValue);
        try (ResultSet rs = ps.executeQuery()) {
          int width = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= width; i++) {
              Object value = rs.getObject(i);
              checksum += value == null ? 0 : 1;
            }
          }
        }
      }
      // The same bounded count the record service makes (see ADR 6).
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT COUNT(*) FROM (SELECT 1 FROM "
                  + table
                  + " WHERE deleted = FALSE AND "
                  + handWrittenWhere
                  + " FETCH FIRST "
                  + (RecordQuery.COUNT_LIMIT + 1)
                  + " ROWS ONLY) capped")) {
        SqlDialect.planForBoundValues(ps);
        ps.setObject(1, handWrittenValue);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          checksum += rs.getLong(1);
        }
      }
    }
    return checksum;
  }
}
