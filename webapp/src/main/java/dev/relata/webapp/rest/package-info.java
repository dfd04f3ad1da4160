/**
 * The REST API under {@code /api/v1}: one {@code *Resource} per concept. Bodies are read and
 * written with one configured Jackson mapper ({@link dev.relata.webapp.rest.Json}) so that
 * malformed JSON, wrong types and oversized bodies get the same clear error shape as every other
 * failure: {@code {"error", "message", "fields": [{"field", "code", "message"}]}}.
 */
package dev.relata.webapp.rest;
