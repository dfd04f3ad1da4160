/**
 * The facts rules match: one declared type per entity, generated from metadata, and the context of
 * a write ({@link dev.relata.rules.facts.Write}, {@link dev.relata.rules.facts.Actor}).
 */
package dev.relata.rules.facts;
