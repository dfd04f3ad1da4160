/**
 * The record filter language (OData-style: {@code amount gt 1000 and stage eq 'won'}) and sort
 * expressions: parsed into a small syntax tree, then bound to an entity's fields and written as SQL
 * with bind parameters. Field names are resolved against metadata; nothing the caller typed is ever
 * pasted into SQL.
 */
package dev.relata.metadata.query;
