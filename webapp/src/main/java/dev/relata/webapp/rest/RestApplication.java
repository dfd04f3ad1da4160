package dev.relata.webapp.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API. Its OpenAPI document, served at {@code /openapi}, is built by {@link
 * dev.relata.webapp.rest.openapi.ApiDocument}: describe a new resource method there too.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
