/** The application's one {@link dev.relata.platform.Relata}, started with the application. */
package dev.relata.webapp.runtime;
