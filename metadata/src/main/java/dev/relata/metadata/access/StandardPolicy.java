package dev.relata.metadata.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The access policy a new installation starts with ({@code relata/access/default-policy.json}). */
public final class StandardPolicy {
  private static final String RESOURCE = "/relata/access/default-policy.json";

  private StandardPolicy() {}

  public static AccessPolicy load() {
    try (InputStream in = StandardPolicy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      return AccessPolicyJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
