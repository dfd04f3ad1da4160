/**
 * Definitions as readable JSON: the canonical form used for export files (one file per entity,
 * sorted keys, defaults left out), for the REST API, and for the rows of the metadata store.
 * Reading is strict: an unknown property or a value of the wrong JSON type is an error naming it.
 */
package dev.relata.metadata.files;
