package dev.relata.metadata.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.relata.metadata.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement marked for its bound values never becomes a named server-side statement, the only
 * kind PostgreSQL can run with a cached generic plan; unmarked statements do, after five runs.
 */
class PlanForBoundValuesTest {
  private static final String QUERY = "SELECT COUNT(*) FROM skewed WHERE amount >= ?";
  private Database database;

  @BeforeEach
  void createTable() throws SQLException {
    database = TestDatabases.fresh();
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE skewed (id INTEGER PRIMARY KEY, amount INTEGER)");
      s.execute("INSERT INTO skewed VALUES (1, 10), (2, 20), (3, 1000000)");
    }
  }

  @AfterEach
  void close() {
    TestDatabases.close(database);
  }

  @Test
  void aMarkedStatementIsPlannedAgainOnEveryRun() throws SQLException {
    try (Connection c = database.dataSource().getConnection()) {
      for (int run = 0; run < 10; run++) {
        try (PreparedStatement ps = c.prepareStatement(QUERY)) {
          SqlDialect.planForBoundValues(ps);
          assertThat(count(ps, run % 2 == 0 ? 15 : 999_999)).isEqualTo(run % 2 == 0 ? 2 : 1);
        }
      }
      if (TestDatabases.postgres()) {
        assertThat(namedStatements(c)).isZero();
      }
    }
  }

  @Test
  void anUnmarkedStatementIsCachedOnTheServerAfterFiveRuns() throws SQLException {
    assumeTrue(TestDatabases.postgres(), "server-side statements are a PostgreSQL behaviour");
    try (Connection c = database.dataSource().getConnection()) {
      for (int run = 0; run < 10; run++) {
        try (PreparedStatement ps = c.prepareStatement(QUERY)) {
          count(ps, 15);
        }
      }
      assertThat(namedStatements(c)).isEqualTo(1);
    }
  }

  private static long count(PreparedStatement ps, int minimum) throws SQLException {
    ps.setInt(1, minimum);
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long namedStatements(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM skewed%'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
