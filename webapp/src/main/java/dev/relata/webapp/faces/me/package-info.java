/**
 * The signed-in user's own account page: profile, password, two-factor and personal API tokens.
 * Every change goes through the platform's identity services, which act on the session's own user
 * only; secrets (a new token, recovery codes) are shown once and not kept.
 */
package dev.relata.webapp.faces.me;
