package dev.relata.webapp.it;

import static dev.relata.webapp.it.WebClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The security headers and the session cookie as the real server sends them, on every kind of
 * response: pages, static resources, REST answers and errors, health, redirects, and the error
 * answers Payara itself would otherwise make.
 */
class SecurityHeadersIT {
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  @Test
  void aPageHasAPolicyWithAFreshNonceOnItsScriptsAndNoInlineHandlers() {
    WebClient browser = new WebClient();
    HttpResponse<String> first = browser.get("/login.xhtml");
    HttpResponse<String> second = browser.get("/login.xhtml");

    assertSecurityHeaders(first);
    String policy = header(first, "Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'")
        .contains("form-action 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-eval");
    String scripts = policy.substring(policy.indexOf("script-src"));
    assertThat(scripts).startsWith("script-src 'self' 'nonce-").doesNotContain("unsafe-inline");
    String nonce = nonce(policy);
    assertThat(nonce).isNotEqualTo(nonce(header(second, "Content-Security-Policy").orElseThrow()));
    assertThat(first.body())
        .contains("<script nonce=\"" + nonce + "\"")
        .doesNotContainPattern("<script(?![^>]*nonce=\"" + Pattern.quote(nonce) + "\")[^>]*>")
        .doesNotContainPattern(" on[a-z]+=\"[^\"]+\"");
    assertThat(header(first, "Cache-Control")).hasValue("no-store");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/jakarta.faces.resource/css/relata.css.xhtml",
        "/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
        "/resources/css/relata.css",
        "/resources/css/no-such-file.css",
        "/jakarta.faces.resource/no-such-file.css.xhtml",
        "/no-such-page.xhtml",
        "/app/home.xhtml",
        "/api/v1/records/customer",
        "/api/v1/no/such/resource",
        "/health/ready",
        "/openapi"
      })
  void everyKindOfResponseCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> response = new WebClient().get(path);

    assertSecurityHeaders(response);
    assertThat(response.body()).doesNotContain("Payara", "GlassFish", "Grizzly");
  }

  @Test
  void aRestAnswerIsNoPageAndGetsTheStrictPolicy() {
    Api.Reply reply = Api.admin().get("/api/v1/metadata/entities");

    assertThat(reply.status()).isEqualTo(200);
    assertSecurityHeaders(reply.response());
    assertThat(header(reply.response(), "Content-Security-Policy"))
        .hasValue(
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  }

  @Test
  void staticResourcesMayBeCachedAndEverythingElseMayNot() {
    assertThat(
            header(
                new WebClient().get("/jakarta.faces.resource/css/relata.css.xhtml"),
                "Cache-Control"))
        .hasValueSatisfying(
            value -> assertThat(value).contains("max-age").doesNotContain("no-store"));
    assertThat(header(new WebClient().get("/login.xhtml"), "Cache-Control")).hasValue("no-store");
    Api.Reply token =
        Api.anonymous()
            .post(
                "/api/v1/auth/token",
                "{\"username\": \"admin\", \"password\": \"" + RelataServer.ADMIN_PASSWORD + "\"}");
    assertThat(token.status()).isEqualTo(200);
    assertThat(header(token.response(), "Cache-Control")).hasValue("no-store");
    Api admin = Api.anonymous().withToken(token.json().get("token").asText());
    assertThat(header(admin.get("/api/v1/me").response(), "Cache-Control")).hasValue("no-store");
    assertThat(header(admin.get("/api/v1/me/tokens").response(), "Cache-Control"))
        .hasValue("no-store");
    assertThat(header(signedInAsAdmin().get("/app/me/account.xhtml"), "Cache-Control"))
        .hasValue("no-store");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE /health", "PATCH /resources/css/relata.css", "FOO /login.xhtml"})
  void errorsPayaraWouldAnswerItselfNameNoServer(String request) {
    String[] parts = request.split(" ");

    HttpResponse<String> response = new WebClient().send(parts[0], parts[1]);

    assertThat(response.statusCode()).isBetween(400, 599);
    assertThat(response.body()).doesNotContain("Payara", "GlassFish", "Grizzly", "6.20");
    assertThat(header(response, "Server")).isEmpty();
    assertThat(header(response, "X-Powered-By")).isEmpty();
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureWhenTheRequestCameOverHttps() {
    String plain = sessionCookie(new WebClient().get("/login.xhtml"));
    String proxiedHttps =
        sessionCookie(new WebClient().get("/login.xhtml", "X-Forwarded-Proto", "https"));

    assertThat(plain).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
    assertThat(plain).doesNotContainIgnoringCase("Secure");
    assertThat(proxiedHttps)
        .containsIgnoringCase("; HttpOnly")
        .containsIgnoringCase("; SameSite=Lax")
        .containsIgnoringCase("; Secure");
  }

  private static void assertSecurityHeaders(HttpResponse<?> response) {
    assertThat(header(response, "X-Content-Type-Options")).hasValue("nosniff");
    assertThat(header(response, "Referrer-Policy")).hasValue("same-origin");
    assertThat(header(response, "X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
    assertThat(header(response, "Server")).isEmpty();
    assertThat(header(response, "X-Powered-By")).isEmpty();
  }

  private static String nonce(String policy) {
    Matcher matcher = NONCE.matcher(policy);
    assertThat(matcher.find()).as(policy).isTrue();
    return matcher.group(1);
  }

  private static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No session cookie: " + response.headers()));
  }

  private static WebClient signedInAsAdmin() {
    WebClient browser = new WebClient();
    HttpResponse<String> answer = browser.signIn("admin", RelataServer.ADMIN_PASSWORD);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
    return browser;
  }
}
