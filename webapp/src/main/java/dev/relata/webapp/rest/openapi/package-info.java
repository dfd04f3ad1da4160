/**
 * The OpenAPI document Relata serves at {@code /openapi}, built per request: the fixed API (paths
 * written here beside the JAX-RS resources they describe, schemas generated from the records in
 * {@code dev.relata.webapp.rest.representation}) merged with schemas and paths generated from the
 * live metadata, so that an entity created a moment ago is described at once. Uses the swagger-core
 * model and writers (see docs/adr/0015); depends on the metadata model and the platform, never the
 * other way round.
 */
package dev.relata.webapp.rest.openapi;
