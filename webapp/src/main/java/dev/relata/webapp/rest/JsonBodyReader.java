package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON body into the text the resources parse, instead of JAX-RS's own reader, which would
 * read a body of any size and put {@code ?} or U+FFFD in place of bytes that are not UTF-8. This
 * one stops after {@link Json#MAX_BODY} bytes (413 {@code payload_too_large}, also for a chunked
 * body, whose length is not known beforehand) and decodes strictly (400 {@code malformed_json}
 * saying at which byte). A byte-order mark is skipped.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<String> {
  /** How much of a body beyond the limit is read and dropped before the connection is given up. */
  static final long MAX_DISCARDED = 8L * 1024 * 1024;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == String.class;
  }

  @Override
  public String readFrom(
      Class<String> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    byte[] bytes = body.readNBytes(Json.MAX_BODY + 1);
    if (bytes.length > Json.MAX_BODY) {
      discardRest(body);
      throw tooLarge();
    }
    return decode(bytes);
  }

  /**
   * Reads and drops what is left of a refused body, up to {@link #MAX_DISCARDED} bytes, so that the
   * client, which may still be sending, gets to read the answer: over HTTP/2 a stream whose body is
   * left unread ends the connection before a client such as Java's reads the 413. The container
   * does the same for HTTP/1.1 ({@code max-swallowing-input-bytes}).
   */
  static void discardRest(InputStream body) {
    byte[] buffer = new byte[64 * 1024];
    try {
      long left = MAX_DISCARDED;
      for (int n = body.read(buffer); n > 0 && (left -= n) > 0; n = body.read(buffer)) {
        // dropped
      }
    } catch (IOException e) {
      // the client stopped sending: nothing left to drop
    }
  }

  static ApiException tooLarge() {
    return new ApiException(
        ApiError.PAYLOAD_TOO_LARGE,
        Message.of("api.body_too_large", Json.MAX_BODY / 1024, Json.MAX_BODY));
  }

  /** UTF-8 text, or a 400 naming the first byte that is not UTF-8. */
  static String decode(byte[] bytes) {
    int start = startsWithByteOrderMark(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never gives more UTF-16 units than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new ApiException(
          ApiError.MALFORMED_JSON,
          Message.of("api.body_not_utf8", in.position() + 1, bytes.length));
    }
    return out.flip().toString();
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
