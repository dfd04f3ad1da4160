/**
 * The runtime: records, identity, bootstrap. Depends on {@code metadata} (and {@code rules}); knows
 * nothing of JAX-RS or Faces, so every check here holds for the REST API and the pages alike.
 */
package dev.relata.platform;
