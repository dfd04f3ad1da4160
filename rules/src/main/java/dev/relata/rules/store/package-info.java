/** The rule files' working copy and published revisions, on the caller's JDBC connection. */
package dev.relata.rules.store;
