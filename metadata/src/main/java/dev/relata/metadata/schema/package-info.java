/**
 * The runtime schema: each entity is a real table and each field a real column. This package plans
 * the DDL that takes a definition from one version to the next ({@link
 * dev.relata.metadata.schema.SchemaPlanner}) and applies it ({@link
 * dev.relata.metadata.schema.SchemaManager}). Changes are additive: columns are never dropped, and
 * a type change that could lose data is refused.
 */
package dev.relata.metadata.schema;
