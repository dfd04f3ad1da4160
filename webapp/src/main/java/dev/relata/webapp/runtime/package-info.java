/**
 * The application's one {@link dev.relata.platform.Relata}, started with the application, and how
 * the start went: for the readiness check and, through {@link
 * dev.relata.webapp.runtime.StartupSignal}, for the launcher.
 */
package dev.relata.webapp.runtime;
