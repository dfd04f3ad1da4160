package dev.relata.webapp.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when startup has finished and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  private final RelataRuntime runtime;

  @Inject
  public ReadinessCheck(RelataRuntime runtime) {
    this.runtime = runtime;
  }

  protected ReadinessCheck() {
    this(null);
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("relata");
    if (!runtime.ready()) {
      return response
          .down()
          .withData("reason", runtime.failure() == null ? "starting" : runtime.failure())
          .build();
    }
    try (Connection c = runtime.relata().database().dataSource().getConnection()) {
      return c.isValid(2)
          ? response.up().build()
          : response.down().withData("reason", "database not answering").build();
    } catch (SQLException e) {
      return response.down().withData("reason", "database: " + e.getMessage()).build();
    }
  }
}
