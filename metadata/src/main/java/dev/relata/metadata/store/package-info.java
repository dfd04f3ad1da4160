/**
 * Persistence of definitions and of their revisions, in the platform's own tables ({@code md_*}).
 * Rows hold canonical JSON; this package knows SQL but no business rules.
 */
package dev.relata.metadata.store;
