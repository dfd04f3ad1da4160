package dev.relata.webapp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies are decoded strictly and read up to a limit; JSON that cannot be read is explained in
 * words of ours, never with the parser's class or setting names.
 */
class JsonReadingTest {
  private final JsonBodyReader reader = new JsonBodyReader();

  @Test
  void utf8IsReadAsItIsAndAByteOrderMarkIsSkipped() throws Exception {
    assertThat(read("{\"name\": \"客户 😀\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("{\"name\": \"客户 😀\"}");
    assertThat(read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'})).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7b 22 61 22 3a 22 ff 22 7d", // a byte that is never UTF-8
        "7b 22 61 22 3a 22 e9 22 7d", // Latin-1 é
        "7b 22 61 22 3a 22 ed a0 80 22 7d", // an encoded surrogate (CESU-8)
        "7b 22 61 22 3a 22 c0 af 22 7d", // an overlong '/'
        "7b 22 61 22 3a 22 e5 ae" // cut in the middle of a character
      })
  void bytesThatAreNotUtf8AreMalformedNamingWhere(String hex) {
    ApiException refusal = catchThrowableOfType(ApiException.class, () -> read(bytes(hex)));

    assertThat(refusal.error()).isEqualTo(ApiError.MALFORMED_JSON);
    assertThat(refusal.getMessage()).startsWith("The body is not valid UTF-8 (byte 7 of ");
  }

  @Test
  void aBodyOverTheLimitIsTooLargeAndOneAtTheLimitIsRead() throws Exception {
    byte[] atLimit = new byte[Json.MAX_BODY];
    java.util.Arrays.fill(atLimit, (byte) ' ');

    assertThat(read(atLimit)).hasSize(Json.MAX_BODY);
    ApiException refusal =
        catchThrowableOfType(ApiException.class, () -> read(new byte[Json.MAX_BODY + 1]));
    assertThat(refusal.error()).isEqualTo(ApiError.PAYLOAD_TOO_LARGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": \"a\", \"name\": \"b\"}",
        "{\"name\": \"a\"} {}",
        "{\"name\": \"Acme\"",
        "{\"name\": tru}",
        "{\"n\": NaN}",
        "{\"n\": 01}",
        "{'name': 'a'}",
        "{name: 1}",
        "{\"a\": \"\\x\"}",
        "{\"a\": \"\u0001\"}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "{\"n\": 12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901}",
        "{\"a\": 1,}",
        "/* comment */ {}"
      })
  void malformedJsonIsExplainedWithoutTheParsersNames(String body) {
    ApiException refusal = catchThrowableOfType(ApiException.class, () -> Json.parse(body));

    assertThat(refusal).as(body).isNotNull();
    assertThat(refusal.error()).isEqualTo(ApiError.MALFORMED_JSON);
    assertThat(refusal.getMessage())
        .doesNotContain(
            "`",
            "com.fasterxml",
            "jackson",
            "Jackson",
            "Feature",
            "StreamRead",
            "ObjectNode",
            "[Source");
  }

  @Test
  void theMessageSaysWhereAndWhat() {
    assertThat(
            catchThrowableOfType(
                    ApiException.class, () -> Json.parse("{\"name\": \"a\", \"name\": \"b\"}"))
                .getMessage())
        .isEqualTo(
            "Malformed JSON at line 1, column 23: the member 'name' appears twice in one object.");
    assertThat(
            catchThrowableOfType(ApiException.class, () -> Json.parse("{\"a\": 1}\n[]"))
                .getMessage())
        .isEqualTo(
            "Malformed JSON at line 2, column 1: there is more after the JSON value; send one JSON object.");
  }

  private String read(byte[] body) throws Exception {
    return reader.readFrom(
        String.class, String.class, null, null, null, new ByteArrayInputStream(body));
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }
}
