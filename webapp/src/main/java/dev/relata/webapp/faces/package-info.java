/**
 * The Faces user interface: backing beans by feature ({@code *Page} view scoped, {@code *Dialog}
 * for dialog state) and the helpers they share. Beans call the platform's services through {@link
 * dev.relata.webapp.runtime.RelataRuntime} and read definitions fresh from the catalog on every
 * request, so that a change in the object manager shows at once; they hold only names, ids and form
 * input between requests. Access checks live in the platform; the filter here only keeps signed-out
 * users and non-administrators away from pages they cannot use.
 */
package dev.relata.webapp.faces;
