/**
 * Settings of an installation: those read from {@code RELATA_*} environment variables, the
 * installation key, and the named values stored in the database. Depends on the metadata module's
 * SQL support and on the net package for the trusted proxies.
 */
package dev.relata.platform.config;
