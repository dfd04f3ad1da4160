/**
 * The two logs that the product writes and never edits: every sign-in attempt, and every
 * administrative change with its state before and after. Writers append inside the caller's
 * transaction, so a change and its audit entry commit together or not at all; readers ({@link
 * dev.relata.platform.audit.LoginHistory}, {@link dev.relata.platform.audit.AuditTrail}) are for
 * administrators only, and no class here updates or deletes an entry. Depends on the identity
 * package for who acted, and on nothing above it.
 */
package dev.relata.platform.audit;
