/**
 * The application's one {@link dev.relata.platform.Relata}, started with the application; how the
 * start went (for the readiness check and, through {@link dev.relata.webapp.runtime.StartupSignal},
 * for the launcher); and what every request needs from its settings (who the client behind a
 * trusted proxy is).
 */
package dev.relata.webapp.runtime;
