package dev.relata.benchmarks;

import dev.relata.metadata.model.EntityDefinition;
import dev.relata.platform.Relata;
import dev.relata.platform.bootstrap.FirstStart;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the benchmark database: the standard objects, 10,000 customers and 1,000,000 opportunities
 * (or {@code -Dopportunities=N}), bulk-loaded with PostgreSQL COPY into the tables the platform
 * created, then ANALYZEd. Does nothing if the data is already there. Seeded, so every run builds
 * the same data.
 */
public final class OpportunityGenerator {
  private static final String[] STAGES = {
    "prospecting", "qualification", "proposal", "negotiation", "won", "lost"
  };

  private OpportunityGenerator() {}

  public static void main(String[] args) throws SQLException, IOException {
    int customers = Integer.getInteger("customers", 10_000);
    int opportunities = Integer.getInteger("opportunities", 1_000_000);
    try (Relata relata = BenchDatabase.open()) {
      new FirstStart(relata, BenchDatabase.config(), System.out::println).run();
      EntityDefinition customer = relata.metadata().catalog().require("customer");
      EntityDefinition opportunity = relata.metadata().catalog().require("opportunity");
      try (Connection c = relata.database().dataSource().getConnection()) {
        if (count(c, opportunity.table()) >= opportunities) {
          System.out.println(
              "Already generated: " + count(c, opportunity.table()) + " opportunities");
          return;
        }
        long start = System.nanoTime();
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(
            "COPY "
                + customer.table()
                + " (owner_id, created_at, created_by, updated_at,"
                + " updated_by, version, "
                + column(customer, "name")
                + ", "
                + column(customer, "level")
                + ") FROM STDIN (FORMAT csv)",
            new StringReader(customers(customers)));
        long firstCustomer = minId(c, customer.table());
        Random random = new Random(1);
        int batch = 100_000;
        for (int done = 0; done < opportunities; done += batch) {
          StringBuilder csv = new StringBuilder();
          for (int i = done; i < Math.min(done + batch, opportunities); i++) {
            long customerId = firstCustomer + random.nextInt(customers);
            csv.append("1,2026-01-01 00:00:00+00,1,2026-01-01 00:00:00+00,1,1,")
                .append("Opportunity ")
                .append(i)
                .append(',')
                .append(customerId)
                .append(',')
                .append(random.nextInt(2_000_000))
                .append('.')
                .append(random.nextInt(100))
                .append(',')
                .append(STAGES[random.nextInt(STAGES.length)])
                .append(',')
                .append(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(730)))
                .append(',')
                .append(random.nextInt(11) * 10)
                .append('\n');
          }
          copy.copyIn(
              "COPY "
                  + opportunity.table()
                  + " (owner_id, created_at, created_by,"
                  + " updated_at, updated_by, version, "
                  + column(opportunity, "name")
                  + ", "
                  + column(opportunity, "customer")
                  + ", "
                  + column(opportunity, "amount")
                  + ", "
                  + column(opportunity, "stage")
                  + ", "
                  + column(opportunity, "expected_close_date")
                  + ", "
                  + column(opportunity, "probability")
                  + ") FROM STDIN (FORMAT csv)",
              new StringReader(csv.toString()));
        }
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE " + customer.table());
          s.execute("ANALYZE " + opportunity.table());
        }
        System.out.printf(
            "Generated %d customers and %d opportunities in %.1f s%n",
            customers, opportunities, (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static String customers(int count) {
    StringBuilder csv = new StringBuilder();
    String[] levels = {"A", "B", "C"};
    for (int i = 0; i < count; i++) {
      csv.append("1,2026-01-01 00:00:00+00,1,2026-01-01 00:00:00+00,1,1,Customer ")
          .append(i)
          .append(',')
          .append(levels[i % 3])
          .append('\n');
    }
    return csv.toString();
  }

  static String column(EntityDefinition entity, String field) {
    return entity.field(field).orElseThrow().column();
  }

  static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long minId(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MIN(id) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
