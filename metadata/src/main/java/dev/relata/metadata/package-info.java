/**
 * Relata's metadata layer: what record types exist and how they are stored, and the filter language
 * that selects their records ({@code metadata.query}), so that the rules can write conditions the
 * platform checks on one record and runs as SQL on lists. Nothing here knows Drools, JAX-RS or
 * Faces; the rules, platform and webapp modules depend on this one, never the other way round.
 */
package dev.relata.metadata;
