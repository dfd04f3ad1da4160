package dev.relata.webapp.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the web pages: its own cookie jar (a fresh one is a browser that
 * never visited Relata, as a forging page on another site sees it), redirects not followed, and the
 * sign-in form's fields as the real form sends them.
 */
public final class WebClient {
  private static final Pattern TOKEN = Pattern.compile("name=\"signInToken\" value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String baseUrl = RelataServer.get().baseUrl();

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = request(path).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /** Any method without a body, e.g. {@code DELETE} or one HTTP does not know. */
  public HttpResponse<String> send(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The sign-in page as this client sees it: its anti-forgery token and its script nonce. */
  public record SignInPage(String token, String nonce) {}

  public SignInPage openSignInPage() {
    return signInPageIn(get("/login.xhtml"));
  }

  /**
   * Opens the sign-in page and posts its first step (username and password) as the real form does;
   * the answer is the next step, or the redirect into the product.
   */
  public HttpResponse<String> signIn(String username, String password) {
    SignInPage page = openSignInPage();
    return postForm(
        "/login.xhtml",
        signInFields(
            "signIn",
            page.token(),
            page.nonce(),
            Map.of("username", username, "password", password)));
  }

  /** The token and nonce of a sign-in page this client was shown (e.g. after a step). */
  public static SignInPage signInPageIn(HttpResponse<String> page) {
    Matcher token = TOKEN.matcher(page.body());
    Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
    if (!token.find() || !nonce.find()) {
      throw new AssertionError("Not a sign-in page: " + page.statusCode() + " " + page.body());
    }
    return new SignInPage(token.group(1), nonce.group(1));
  }

  /**
   * The fields the sign-in form posts for one step ({@code button} is e.g. {@code signIn}), with
   * this anti-forgery token (null: none) and a script nonce of the form PrimeFaces expects.
   */
  public static Map<String, String> signInFields(
      String button, String token, String nonce, Map<String, String> inputs) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginForm", "loginForm");
    inputs.forEach((name, value) -> fields.put("loginForm:" + name, value));
    fields.put("loginForm:" + button, "");
    fields.put("jakarta.faces.ViewState", "stateless");
    fields.put("primefaces.nonce", nonce);
    if (token != null) {
      fields.put("signInToken", token);
    }
    return fields;
  }

  /** A nonce such as PrimeFaces makes, which a forging page can make too. */
  public static String someNonce() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Whether this client's session is signed in: the start page opens instead of redirecting. */
  public boolean isSignedIn() {
    HttpResponse<String> home = get("/app/home.xhtml");
    return home.statusCode() == 200 && home.body().contains("topbar:signOut");
  }

  public static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
