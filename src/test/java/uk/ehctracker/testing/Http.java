package uk.ehctracker.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client against the running test server, with its own cookie jar (one browser). */
public final class Http {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "text/html").build());
    }

    public HttpResponse<String> getJson(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "application/json")
                .header("Authorization", basic(username, password)).build());
    }

    public HttpResponse<String> postJson(String path, String json, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", basic(username, password))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> getJsonAnonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "application/json").build());
    }

    /** Signs in through the login page as a browser does: fetch the page for its CSRF token, post the form. */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF_META.matcher(page.body());
        String token = m.find() ? m.group(1) : "";
        String form = form(Map.of("username", username, "password", password, "_csrf", token));
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        }
    }
}
