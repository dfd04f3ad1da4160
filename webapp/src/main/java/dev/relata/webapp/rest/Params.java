package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;

/**
 * Query and path parameters read as text and parsed here, so that {@code page=abc} is a 400 that
 * says so instead of JAX-RS's silent 404.
 */
final class Params {
  static final Message REVISION = Message.of("params.thing.revision");
  static final Message USER = Message.of("params.thing.user");
  static final Message DEPARTMENT = Message.of("params.thing.department");
  static final Message PERSONAL_TOKEN = Message.of("params.thing.personal_token");

  private Params() {}

  static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw RelataException.badRequest("params.not_whole_number", name, cut(value));
    }
  }

  /**
   * The id of a revision, user, department or personal token ({@code what}); anything that is not
   * one cannot exist, so it is a 404.
   */
  static long id(Message what, String value) {
    Long id = parseId(value);
    if (id == null) {
      throw RelataException.notFound("params.id.not_found", what, cut(value));
    }
    return id;
  }

  /** The id of a record of {@code entity}, as {@link #id}. */
  static long recordId(String entity, String value) {
    Long id = parseId(value);
    if (id == null) {
      throw RelataException.notFound("params.record_id.not_found", entity, cut(value));
    }
    return id;
  }

  private static Long parseId(String value) {
    try {
      long id = Long.parseLong(value);
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String cut(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }
}
