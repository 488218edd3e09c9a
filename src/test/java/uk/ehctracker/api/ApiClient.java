package uk.ehctracker.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import uk.ehctracker.testing.Http;

/**
 * Real HTTP calls to the running test server's API, as a client program makes them: HTTP Basic
 * with each demo user's password (= username), or none for {@code anonymous}. Every exchange
 * is checked against the OpenAPI document ({@link Contract}); {@link Contract#last()} says how.
 */
final class ApiClient {

    static final String ANONYMOUS = "anonymous";
    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client;
    private final int port;

    ApiClient(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().header("Accept", "application/json").build());
    }

    /** A GET signed in with a password other than the demo's (an account that set its own). */
    HttpResponse<String> getWithPassword(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", Http.basic(user, password)).header("Accept", "application/json").GET().build());
    }

    HttpResponse<byte[]> getBytes(String path, String user) {
        return send(request(path, user).GET().build(), null, HttpResponse.BodyHandlers.ofByteArray(), bytes -> bytes);
    }

    /** Any call, with the headers the test chooses (the contract checks it like the others). */
    HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = request(path, user).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::setHeader);
        return send(b.build(), body);
    }

    HttpResponse<String> postJson(String path, String user, String json) {
        return post(path, user, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder b = request(path, user).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", "application/json");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build(), body);
    }

    HttpResponse<String> upload(String path, String user, String fileName, String partContentType, byte[] bytes,
            String description) {
        String boundary = "----ehc" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (bytes != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + partContentType + "\r\n\r\n");
            body.writeBytes(bytes);
            write(body, "\r\n");
        }
        if (description != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + description + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return post(path, user, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (user != null && !ANONYMOUS.equals(user)) {
            b.header("Authorization", Http.basic(user, user));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, null);
    }

    private HttpResponse<String> send(HttpRequest request, byte[] body) {
        return send(request, body, HttpResponse.BodyHandlers.ofString(), text -> text.getBytes(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, byte[] body, HttpResponse.BodyHandler<T> handler,
            java.util.function.Function<T, byte[]> bytes) {
        HttpResponse<T> response;
        try {
            response = client.send(request, handler);
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed: " + request.method() + " " + request.uri(), e);
        }
        Contract.of(port).check(new Contract.Exchange(request.method(), request.uri(), request.headers().map(), body, false,
                response.statusCode(), response.headers().map(), bytes.apply(response.body())));
        return response;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
