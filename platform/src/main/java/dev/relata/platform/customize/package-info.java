/**
 * The object manager: changing record types and fields at runtime, for administrators only. The
 * access check lives here so that the REST API and the admin pages cannot differ.
 */
package dev.relata.platform.customize;
