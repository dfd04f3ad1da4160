/**
 * What happens when Relata starts on a database: the standard objects are loaded into an empty
 * metadata store, the bootstrap administrator is created, and demo data is loaded once if asked.
 */
package dev.relata.platform.bootstrap;
