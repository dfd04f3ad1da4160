/**
 * The two logs that the product writes and never edits: every sign-in attempt, and every
 * administrative change with its state before and after. Writers append inside the caller's
 * transaction, so a change and its audit entry commit together or not at all. Depends on the
 * identity package for who acted, and on nothing above it.
 */
package dev.relata.platform.audit;
