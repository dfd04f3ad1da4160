/**
 * Signing in and out, the session (who is signed in and in which language) and the filter that
 * guards {@code /app/**}. Only the user's id, name and admin flag are kept in the session; the
 * platform's {@link dev.relata.platform.identity.Actor} is rebuilt from them per call.
 */
package dev.relata.webapp.faces.session;
