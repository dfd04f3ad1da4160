package dev.relata.benchmarks;

import dev.relata.metadata.model.FieldDefinition;
import dev.relata.metadata.model.FieldType;
import dev.relata.metadata.model.Labels;
import dev.relata.platform.Relata;
import dev.relata.platform.identity.Actor;
import dev.relata.platform.identity.IdentityService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Adds fields of several types to the million-row opportunity table through the object manager
 * (validation, DDL, metadata revision, catalog reload) and times each; checks with PostgreSQL's
 * {@code relfilenode} that the table was not rewritten.
 */
public final class AddFieldTiming {
  private AddFieldTiming() {}

  public static void main(String[] args) throws SQLException {
    try (Relata relata = BenchDatabase.open()) {
      Actor admin =
          IdentityService.actor(relata.identity().signIn("admin", BenchDatabase.ADMIN_PASSWORD));
      String table = relata.metadata().catalog().require("opportunity").table();
      long rows;
      try (Connection c = relata.database().dataSource().getConnection()) {
        rows = OpportunityGenerator.count(c, table);
      }
      FieldType[] types = {
        FieldType.TEXT,
        FieldType.CURRENCY,
        FieldType.DATE,
        FieldType.BOOLEAN,
        FieldType.INTEGER,
        FieldType.TEXT,
        FieldType.DECIMAL,
        FieldType.DATETIME,
        FieldType.EMAIL,
        FieldType.LONGTEXT
      };
      double[] millis = new double[types.length];
      String suffix = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
      for (int i = 0; i < types.length; i++) {
        long before = relfilenode(relata, table);
        FieldDefinition field =
            FieldDefinition.builder("bench_" + suffix + "_" + i, types[i])
                .labels(Labels.of("Bench " + i))
                .build();
        long start = System.nanoTime();
        relata.objectManager().addField(admin, "opportunity", field);
        millis[i] = (System.nanoTime() - start) / 1e6;
        long after = relfilenode(relata, table);
        System.out.printf(
            "add %-9s field to %,d rows: %7.1f ms, table rewritten: %s%n",
            types[i].apiName(), rows, millis[i], before != after);
        if (before != after) {
          throw new IllegalStateException("The table was rewritten by adding " + field.name());
        }
      }
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "add field: median %.1f ms, max %.1f ms over %d fields; no rewrite%n",
          sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length);
    }
  }

  private static long relfilenode(Relata relata, String table) throws SQLException {
    try (Connection c = relata.database().dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT relfilenode FROM pg_class WHERE oid = to_regclass(?)")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
