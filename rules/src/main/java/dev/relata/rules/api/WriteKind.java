package dev.relata.rules.api;

/** Whether a write makes a new record or changes one. */
public enum WriteKind {
  CREATE,
  UPDATE
}
