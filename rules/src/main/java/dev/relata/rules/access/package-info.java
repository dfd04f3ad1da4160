/**
 * Access decisions in the rule base: the permission matrix as generated rules, the functions
 * sharing and restriction rules call ({@code grantScope}, {@code grantWhere}, {@code forbid},
 * {@code forbidWhere}), and running them for a subject, entity and action. What a grant reaches is
 * a scope or a condition in the filter language; evaluating that on records is the platform's work.
 */
package dev.relata.rules.access;
