package dev.relata.metadata.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** Where the database is, and how to open it: pool, then the platform's migrations. */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

  public DatabaseConfig {
    SqlDialect.fromJdbcUrl(url);
  }

  public SqlDialect dialect() {
    return SqlDialect.fromJdbcUrl(url);
  }

  /** Opens a pooled data source and migrates the platform's own tables to the newest version. */
  public Database open() {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    hikari.setDriverClassName(dialect().driverClass());
    if (user != null) {
      hikari.setUsername(user);
    }
    if (password != null) {
      hikari.setPassword(password);
    }
    hikari.setMaximumPoolSize(maxPoolSize);
    hikari.setPoolName("relata");
    HikariDataSource dataSource = new HikariDataSource(hikari);
    Flyway.configure(DatabaseConfig.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new Database(dataSource, dialect());
  }
}
