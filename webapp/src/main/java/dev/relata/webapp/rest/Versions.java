package dev.relata.webapp.rest;

import dev.relata.metadata.error.RelataException;
import java.math.BigInteger;

/** The version a change carries: {@code version} in the body, else the If-Match header. */
final class Versions {
  private Versions() {}

  /**
   * The version from the body, else from If-Match ({@code "3"} or {@code 3}); null if neither.
   * {@code what} names it in the errors, e.g. "the record's version".
   */
  static Long read(Object body, String ifMatch, String what) {
    if (body != null) {
      if (body instanceof BigInteger number && number.bitLength() < 63) {
        return number.longValue();
      }
      throw RelataException.unprocessable(
          "version", "type", "version must be " + what + " number, as read.");
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
      throw RelataException.badRequest("If-Match must carry " + what + ", e.g. \"3\".");
    }
  }
}
