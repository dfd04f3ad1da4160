package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import java.math.BigInteger;

/** The version a change carries: {@code version} in the body, else the If-Match header. */
final class Versions {
  /** A record's version, as the errors name it. */
  static final Message RECORD = Message.of("version.of_record");

  /** The version of anything else: a user, a role, a department. */
  static final Message PLAIN = Message.of("version.plain");

  private Versions() {}

  /**
   * The version from the body, else from If-Match ({@code "3"} or {@code 3}); null if neither.
   * {@code what} names it in the errors: {@link #RECORD} or {@link #PLAIN}.
   */
  static Long read(Object body, String ifMatch, Message what) {
    if (body != null) {
      if (body instanceof BigInteger number && number.bitLength() < 63) {
        return number.longValue();
      }
      throw RelataException.invalid("version", "type", "version.not_a_number", what);
    }
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.valueOf(tag);
    } catch (NumberFormatException e) {
      throw RelataException.badRequest("version.if_match_invalid", what);
    }
  }
}
