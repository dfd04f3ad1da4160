package dev.relata.rules.api;

import java.sql.Connection;

/** Where rules find the users they assign to: the platform's directory, read on a connection. */
@FunctionalInterface
public interface PeopleDirectory {
  People on(Connection connection);
}
