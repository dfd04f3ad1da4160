/**
 * JDBC plumbing shared by every module: the connection pool, the SQL dialect (H2 or PostgreSQL),
 * transactions bound to the calling thread, and Flyway migrations of the platform's own tables.
 * Each module ships its migrations under {@code db/migration}; versions are dates ({@code
 * V2026_11_22_01__…}) so that scripts from several jars stay in one order.
 */
package dev.relata.metadata.sql;
