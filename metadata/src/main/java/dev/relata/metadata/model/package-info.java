/**
 * Immutable definitions of record types and their fields, and the rules every name must follow.
 * Plain values only: no storage, no SQL, no JSON here.
 */
package dev.relata.metadata.model;
