/** Settings of an installation, read from {@code RELATA_*} environment variables. */
package dev.relata.platform.config;
