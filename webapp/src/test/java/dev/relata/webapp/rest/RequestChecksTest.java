package dev.relata.webapp.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is refused from the request line and headers alone, before anything reads the body. */
class RequestChecksTest {

  @Test
  void anOrdinaryCallPasses() {
    assertThat(
            refusal(
                head(
                    "GET",
                    "/api/v1/records/customer",
                    "filter=name%20eq%20%27%E5%AE%A2%27",
                    0,
                    null)))
        .isEmpty();
    assertThat(refusal(head("POST", "/api/v1/records/customer", null, 20, "application/json")))
        .isEmpty();
    assertThat(refusal(head("POST", "/api/v1/records/customer/1/restore", null, 0, null)))
        .isEmpty();
  }

  @Test
  void aUrlOverTheLimitIsTooLongAndOneAtTheLimitIsNot() {
    String path = "/api/v1/records/customer";
    String atLimit = "q=" + "a".repeat(RequestChecks.MAX_URL - path.length() - 3);

    assertThat(refusal(head("GET", path, atLimit, 0, null))).isEmpty();
    assertThat(refusal(head("GET", path, atLimit + "a", 0, null)))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.URI_TOO_LONG));
  }

  @Test
  void headersOverTheLimitAreTooLarge() {
    RequestChecks.Head head =
        new RequestChecks.Head(
            "GET", "/api/v1/users", null, 0, false, null, RequestChecks.MAX_HEADERS + 1);

    assertThat(RequestChecks.refusal(head))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.HEADERS_TOO_LARGE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/api/", "/api/v2/records", "/api/v1x"})
  void aPathOutsideApiV1IsNotFound(String path) {
    assertThat(refusal(head("GET", path, null, 0, null)))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.NOT_FOUND));
  }

  @Test
  void aDeclaredLengthOverTheLimitIsTooLargeBeforeAnythingIsRead() {
    assertThat(
            refusal(
                head(
                    "POST",
                    "/api/v1/records/customer",
                    null,
                    Json.MAX_BODY + 1,
                    "application/json")))
        .hasValueSatisfying(
            r -> {
              assertThat(r.error()).isEqualTo(ApiError.PAYLOAD_TOO_LARGE);
              assertThat(r.message().english()).contains("2048 KiB");
            });
    assertThat(
            refusal(
                head("POST", "/api/v1/records/customer", null, Json.MAX_BODY, "application/json")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {";;;", "application/json; nonsense", "json", "/json", "a b/c"})
  void aContentTypeThatCannotBeParsedIsUnsupportedBeforeRouting(String contentType) {
    assertThat(refusal(head("POST", "/api/v1/records/customer", null, 10, contentType)))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.UNSUPPORTED_MEDIA_TYPE));
    assertThat(RequestChecks.bodyRefusal("POST", true, contentType))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.UNSUPPORTED_MEDIA_TYPE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "DELETE", "OPTIONS", "get"})
  void aBodyOnAMethodThatTakesNoneIsRefused(String method) {
    assertThat(RequestChecks.bodyRefusal(method, true, "application/json"))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.BODY_NOT_ALLOWED));
    assertThat(RequestChecks.bodyRefusal(method, false, null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "text/plain",
        "application/xml",
        "application/json; charset=iso-8859-1",
        "application/json; charset=utf-16",
        "application/jsonp",
        "multipart/form-data; boundary=x"
      })
  void aBodyThatIsNotJsonInUtf8IsAnUnsupportedMediaType(String contentType) {
    assertThat(RequestChecks.bodyRefusal("POST", true, contentType))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.UNSUPPORTED_MEDIA_TYPE));
  }

  @Test
  void aBodyWithoutContentTypeIsAnUnsupportedMediaType() {
    assertThat(RequestChecks.bodyRefusal("POST", true, null))
        .hasValueSatisfying(
            r ->
                assertThat(r.message().english())
                    .isEqualTo(
                        "The request has a body but no Content-Type; send it as application/json."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON; Charset=\"UTF-8\"",
        "application/json;charset=utf-8",
        "application/json; version=1"
      })
  void jsonInUtf8IsAccepted(String contentType) {
    assertThat(RequestChecks.bodyRefusal("PATCH", true, contentType)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"filter=%ff", "filter=%zz", "filter=%", "filter=a%2", "q=%C3%28", "q=%ED%A0%80"})
  void aQueryStringThatIsNotPercentEncodedUtf8IsABadRequest(String query) {
    assertThat(refusal(head("GET", "/api/v1/users", query, 0, null)))
        .hasValueSatisfying(r -> assertThat(r.error()).isEqualTo(ApiError.BAD_REQUEST));
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=%E5%AE%A2%E6%88%B7", "q=a+b", "q=%F0%9F%98%80", "q=", "a=1&b=2"})
  void aQueryStringInUtf8Passes(String query) {
    assertThat(RequestChecks.isUtf8(query)).isTrue();
  }

  private static RequestChecks.Head head(
      String method, String path, String query, long contentLength, String contentType) {
    return new RequestChecks.Head(method, path, query, contentLength, false, contentType, 200);
  }

  private static Optional<RequestChecks.Refusal> refusal(RequestChecks.Head head) {
    return RequestChecks.refusal(head);
  }
}
