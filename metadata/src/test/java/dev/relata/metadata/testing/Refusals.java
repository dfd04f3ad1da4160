package dev.relata.metadata.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.RelataException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on requests the platform refuses with a {@link RelataException}. */
public final class Refusals {
  private Refusals() {}

  /** Runs the call, asserts that it was refused with this kind, and returns the refusal. */
  public static RelataException refused(ErrorKind kind, ThrowingCallable call) {
    RelataException refusal = catchThrowableOfType(RelataException.class, call);
    assertThat(refusal).as("the call should have been refused with %s", kind).isNotNull();
    assertThat(refusal.kind()).as("kind of: %s", refusal.getMessage()).isEqualTo(kind);
    assertThat(refusal.getMessage()).isNotBlank();
    return refusal;
  }

  /** A 422: validation failed, with at least one field problem. */
  public static RelataException unprocessable(ThrowingCallable call) {
    RelataException refusal = refused(ErrorKind.UNPROCESSABLE, call);
    assertThat(refusal.problems()).isNotEmpty();
    return refusal;
  }

  public static RelataException badRequest(ThrowingCallable call) {
    return refused(ErrorKind.BAD_REQUEST, call);
  }
}
