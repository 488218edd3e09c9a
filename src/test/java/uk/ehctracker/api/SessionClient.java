package uk.ehctracker.api;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser: a cookie jar, the sign-in form, and calls with whatever headers a test chooses
 * (a CSRF token or not, a stray Authorization header, a forwarded address). Every exchange with
 * the API is checked against the OpenAPI document ({@link Contract}).
 */
final class SessionClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    SessionClient(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sent on every later call (e.g. X-Forwarded-For, to come from another address through the proxy). */
    SessionClient with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The CSRF token a page of the application carries for this session. */
    String csrfFrom(String path) {
        Matcher m = CSRF_META.matcher(get(path, Map.of("Accept", "text/html")).body());
        return m.find() ? m.group(1) : null;
    }

    HttpResponse<String> signIn(String username, String password) {
        String token = csrfFrom("/login");
        return form("/login", Map.of("username", username, "password", password, "_csrf", token == null ? "" : token), Map.of());
    }

    HttpResponse<String> form(String path, Map<String, String> fields, Map<String, String> extra) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body, extra);
    }

    /** The session's cookie as a Cookie header carries it (JSESSIONID=...), for another client to act in this session. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    HttpResponse<String> get(String path, Map<String, String> extra) {
        return send("GET", path, null, null, extra);
    }

    HttpResponse<String> postJson(String path, String json, Map<String, String> extra) {
        return send("POST", path, "application/json", json, extra);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, Map<String, String> extra) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        b.header("Accept", "application/json");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::setHeader);
        extra.forEach(b::setHeader);
        HttpRequest request = b.build();
        boolean session = cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"));
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed: " + method + " " + path, e);
        }
        Contract.of(port).check(new Contract.Exchange(method, request.uri(), request.headers().map(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), session, response.statusCode(), response.headers().map(),
                response.body().getBytes(StandardCharsets.UTF_8)));
        return response;
    }
}
