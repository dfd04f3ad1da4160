/**
 * {@code relata.jar}: reads the {@code RELATA_*} settings that Payara Micro needs before the
 * application exists (the HTTP port) and boots Payara Micro with the Relata WAR. Packaged on its
 * own, outside the WAR.
 */
package dev.relata.webapp.launcher;
