package dev.relata.benchmarks;

import dev.relata.platform.Relata;
import dev.relata.platform.config.RelataConfig;
import java.util.Map;

/** The benchmark database: {@code RELATA_BENCH_DB_URL}, by default a local PostgreSQL. */
final class BenchDatabase {
  static final String ADMIN_PASSWORD = "benchmark server passphrase";

  private BenchDatabase() {}

  static String url() {
    String url = System.getenv("RELATA_BENCH_DB_URL");
    return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/relata_bench" : url;
  }

  static RelataConfig config() {
    return RelataConfig.from(
        Map.of(
            "RELATA_DB_URL",
            url(),
            "RELATA_DB_USER",
            "postgres",
            "RELATA_ADMIN_PASSWORD",
            ADMIN_PASSWORD,
            "RELATA_DEMO_DATA",
            "false",
            "RELATA_DB_POOL_SIZE",
            "8"));
  }

  static Relata open() {
    return Relata.open(config());
  }
}
