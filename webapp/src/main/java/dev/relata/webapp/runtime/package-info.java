/**
 * The application's one {@link dev.relata.platform.Relata}, started with the application, and what
 * every request needs from its settings (who the client behind a trusted proxy is).
 */
package dev.relata.webapp.runtime;
