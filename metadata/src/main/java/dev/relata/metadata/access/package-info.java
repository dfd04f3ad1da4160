/**
 * The access policy as metadata: the permission matrix (role × entity × action → {@link
 * dev.relata.metadata.access.Scope}), field permissions and system permissions, its file form and
 * its stored versions. Deciding on records from it is the platform's work; sharing and restriction
 * rules are in the rule base. No JDBC of records, no Drools here.
 */
package dev.relata.metadata.access;
