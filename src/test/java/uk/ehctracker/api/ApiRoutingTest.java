package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.Http;

/**
 * Paths under /api that match no endpoint answer 404 problem details, never the web app's page;
 * paths the firewall refuses (double slashes, path parameters) answer 400, never 500.
 */
@ApplicationTest
class ApiRoutingTest {

    @LocalServerPort
    int port;

    @Test
    void unknownApiPathsAnswer404ProblemDetails() {
        ApiClient api = new ApiClient(port);
        for (String path : new String[] {"/api/nonexistent", "/api/assessment-requests/1/nothing", "/api/tasks/",
            "/api/assessment-requests/", "/api/", "/api/me/more", "/api/a/b/c/d"}) {
            HttpResponse<String> r = api.get(path, "caseworker");
            assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            assertThat(ApiClient.json(r).get("status").asInt()).isEqualTo(404);
            assertThat(r.body()).doesNotContain("<html", "<!doctype", "Exception");
        }
        HttpResponse<String> posted = api.postJson("/api/nonexistent", "caseworker", "{}");
        assertThat(posted.statusCode()).isEqualTo(404);
        assertThat(posted.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // anonymous callers learn nothing: 401 as for any other API path
        assertThat(api.get("/api/nonexistent", ApiClient.ANONYMOUS).statusCode()).isEqualTo(401);
    }

    @Test
    void knownPagesStillWork() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/me", "caseworker").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/openapi.json", "caseworker").statusCode()).isEqualTo(200);
        // the Swagger UI's files are static resources under /api, not endpoints: still served
        String ui = api.get("/api/docs", "caseworker").headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> docs = api.get(ui, "caseworker");
        assertThat(docs.statusCode()).as(ui + " -> " + docs.body()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui");
        // a wrong method on a real endpoint is still 405, not 404
        assertThat(api.postJson("/api/me", "caseworker", "{}").statusCode()).isEqualTo(405);
        assertThat(new Http(port).get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void refusedPathVariantsAnswer400NotServerErrors() {
        String[] paths = {"//engine-rest/engine", "/engine-rest;x=1/engine", "//api/me", "/api;x=1/me", "/api/me;jsessionid=1",
            "/api/./me", "/api/%2e%2e/me", "/api/%2F/me", "//login", "/;x=1/login"};
        SessionClient signedIn = new SessionClient(port);
        assertThat(signedIn.signIn("admin", "admin").statusCode()).isEqualTo(302);
        SessionClient anonymous = new SessionClient(port);
        for (SessionClient client : new SessionClient[] {signedIn, anonymous}) {
            for (String path : paths) {
                HttpResponse<String> r = client.get(path, Map.of());
                assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(400);
                assertThat(r.body()).doesNotContain("Exception", "at org.", "contextPath");
            }
        }
        HttpResponse<String> basic = new ApiClient(port).get("//engine-rest/engine", "admin");
        assertThat(basic.statusCode()).isEqualTo(400);
    }
}
