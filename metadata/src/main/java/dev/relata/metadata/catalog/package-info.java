/**
 * The metadata service: the one place where definitions change. Each change is validated, its DDL
 * planned and applied, the definition stored and a revision written, in one transaction; readers
 * see an immutable snapshot of all definitions that is swapped after each commit.
 */
package dev.relata.metadata.catalog;
