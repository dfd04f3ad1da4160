/**
 * What every HTTP response of the WAR carries, whoever made it (a page, a static resource, the REST
 * API, health, an error page): the security headers. Depends on the Servlet API only.
 */
package dev.relata.webapp.http;
