/**
 * {@code relata.jar}: reads the {@code RELATA_*} settings that Payara Micro needs before the
 * application exists (the HTTP port), boots Payara Micro with the Relata WAR and says whether
 * Relata could start, with an exit code when it could not; runs the console commands ({@code
 * reset-admin}) with the platform's classes taken from the WAR. Packaged on its own, outside the
 * WAR, with only {@code lib/payara-micro.jar} on its class path (ADR 3 and ADR 14).
 */
package dev.relata.webapp.launcher;
