/**
 * The WAR run by Payara Micro: REST resources, Faces pages, startup. Talks to the platform's
 * services only; every access check lives in the platform, never only here.
 */
package dev.relata.webapp;
