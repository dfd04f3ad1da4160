package dev.relata.webapp.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API; Payara serves its OpenAPI document at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Relata API",
            version = "1",
            description =
                "Metadata, records and identity of a Relata installation. Errors share one"
                    + " shape: {\"error\", \"message\", \"fields\": [{\"field\", \"code\", \"message\"}]}."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
  /**
   * No WADL: Jersey would answer {@code OPTIONS} and {@code /application.wadl} with a document
   * naming its version; the OpenAPI document describes the API. {@code OPTIONS} still answers the
   * {@code Allow} header.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
