/**
 * The REST API under {@code /api/v1}: one {@code *Resource} per concept. Bodies are read with one
 * strict reader ({@link dev.relata.webapp.rest.JsonBodyReader}: UTF-8 only, 2 MiB at most) and one
 * configured Jackson mapper ({@link dev.relata.webapp.rest.Json}). Every refusal, whoever makes it
 * (the platform, JAX-RS, the servlet container through {@link
 * dev.relata.webapp.rest.ApiRequestFilter}), answers the same small error shape: {@code {"error",
 * "message", "fields": [{"field", "code", "message"}]}} with a stable code per {@link
 * dev.relata.webapp.rest.ApiError}.
 */
package dev.relata.webapp.rest;
