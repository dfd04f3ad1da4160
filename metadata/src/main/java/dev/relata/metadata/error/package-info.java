/**
 * The one error type every layer throws when a request cannot be carried out, with the field
 * problems a client or a form shows. The webapp maps its {@link
 * dev.relata.metadata.error.ErrorKind} to an HTTP status; nothing here depends on the web layer.
 */
package dev.relata.metadata.error;
