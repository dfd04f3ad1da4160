/**
 * Relata's metadata layer: what record types exist and how they are stored. Nothing here knows
 * Drools, JAX-RS or Faces; the rules, platform and webapp modules depend on this one, never the
 * other way round.
 */
package dev.relata.metadata;
