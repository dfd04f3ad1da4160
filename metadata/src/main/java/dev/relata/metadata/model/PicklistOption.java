package dev.relata.metadata.model;

/** One value a picklist may take; inactive values stay valid on old records but are not offered. */
public record PicklistOption(String value, Labels labels, int order, boolean active) {}
