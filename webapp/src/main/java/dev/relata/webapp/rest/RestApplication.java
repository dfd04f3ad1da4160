package dev.relata.webapp.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API. Its OpenAPI document, served at {@code /openapi}, is built by {@link
 * dev.relata.webapp.rest.openapi.ApiDocument}: describe a new resource method there too.
 */
@ApplicationPath("/api/v1")
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
