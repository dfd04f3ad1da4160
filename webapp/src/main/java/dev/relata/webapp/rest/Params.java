package dev.relata.webapp.rest;

import dev.relata.metadata.error.RelataException;

/**
 * Query and path parameters read as text and parsed here, so that {@code page=abc} is a 400 that
 * says so instead of JAX-RS's silent 404.
 */
final class Params {
  private Params() {}

  static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw RelataException.badRequest(name + " must be a whole number, not '" + cut(value) + "'.");
    }
  }

  /** A record or revision id; anything that is not one cannot exist, so it is a 404. */
  static long id(String what, String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to not found
    }
    throw RelataException.notFound("There is no " + what + " with id '" + cut(value) + "'.");
  }

  private static String cut(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }
}
