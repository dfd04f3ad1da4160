/**
 * Records of every entity: create, read, update, delete to the recycle bin and restore, list with
 * filter, sort and paging, and field history. One write pipeline for every caller (REST, forms,
 * imports): coerce and validate types, persist with an optimistic lock, record history.
 */
package dev.relata.platform.records;
