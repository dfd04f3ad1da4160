package dev.relata.platform.access;

/**
 * One cell of the permission matrix as the API reads and writes it: {@code entity, action, scope}.
 */
public record PermissionCell(String entity, String action, String scope) {}
