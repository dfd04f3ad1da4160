/**
 * The JSON shapes of the REST API as Java records, one {@code *Representations} class per concept
 * (the Keycloak model: what travels on the wire, apart from the platform's own types). The OpenAPI
 * document's component schemas are generated from these records by swagger-core, so their names,
 * types and {@code @Schema} notes are the API's contract. The resources still write maps; the
 * integration tests hold both to the same shapes. May depend on the JDK and the swagger annotations
 * only.
 */
package dev.relata.webapp.rest.representation;
