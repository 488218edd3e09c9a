package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.testing.TestPeople;

/**
 * A browser session must show its CSRF token for every change, whatever other headers it sends:
 * only a request that HTTP Basic itself authenticates goes without. API calls with Basic or with
 * no credentials leave no session behind, and the session cookie is SameSite=Lax (and Secure over TLS).
 */
class ApiCsrfAndSessionTest extends ApiTest {

    static final String WITHDRAW = "{\"reason\":\"We have moved to another area\"}";

    private long khanCase() {
        return new ApiFixtures(api, people, directory, transactions, clock).khanCase();
    }

    private String status(long caseId) {
        return ApiClient.json(new ApiClient(port).get("/api/assessment-requests/" + caseId, "caseworker")).get("status").asText();
    }

    @Test
    void aSessionWithAStrayAuthorizationHeaderStillNeedsTheCsrfToken() {
        long caseId = khanCase();
        SessionClient browser = new SessionClient(port);
        assertThat(browser.signIn("parent", "parent").statusCode()).isEqualTo(302);
        String path = "/api/assessment-requests/" + caseId + "/withdraw";
        for (String authorization : new String[] {"Bearer x", "", "Basic", "Basic !!!", "Digest username=\"parent\""}) {
            HttpResponse<String> forged = browser.postJson(path, WITHDRAW, Map.of("Authorization", authorization));
            assertThat(forged.statusCode()).as("Authorization: '" + authorization + "' -> " + forged.body()).isIn(401, 403);
        }
        HttpResponse<String> noHeader = browser.postJson(path, WITHDRAW, Map.of());
        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(status(caseId)).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
        // the session's own token makes it legitimate
        String token = browser.csrfFrom("/");
        assertThat(token).isNotNull();
        HttpResponse<String> withToken = browser.postJson(path, WITHDRAW, Map.of("X-CSRF-TOKEN", token));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(status(caseId)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aSessionCannotBorrowTheBasicExemptionWithTheWrongPassword() {
        long caseId = khanCase();
        SessionClient browser = new SessionClient(port);
        assertThat(browser.signIn("parent", "parent").statusCode()).isEqualTo(302);
        // the right username with a wrong password: Basic does not authenticate it, so the session must not act
        HttpResponse<String> forged = browser.postJson("/api/assessment-requests/" + caseId + "/withdraw", WITHDRAW,
                Map.of("Authorization", uk.ehctracker.testing.Http.basic("parent", "not-the-password")));
        assertThat(forged.statusCode()).as(forged.body()).isIn(401, 403);
        assertThat(status(caseId)).isEqualTo("DECIDING_WHETHER_TO_ASSESS");
    }

    @Test
    void basicCallsNeedNoTokenAndLeaveNoSession() {
        long caseId = khanCase();
        SessionClient client = new SessionClient(port);
        HttpResponse<String> withdrawn = client.postJson("/api/assessment-requests/" + caseId + "/withdraw", WITHDRAW,
                Map.of("Authorization", uk.ehctracker.testing.Http.basic("parent", "parent")));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        HttpResponse<String> me = client.get("/api/me", Map.of("Authorization", uk.ehctracker.testing.Http.basic("parent", "parent")));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void anonymousApiCallsLeaveNoSession() {
        SessionClient client = new SessionClient(port);
        for (String path : new String[] {"/api/me", "/api/assessment-requests", "/api/tasks"}) {
            HttpResponse<String> r = client.get(path, Map.of());
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        HttpResponse<String> post = client.postJson("/api/assessment-requests", "{}", Map.of());
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(post.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void theSignInFormNeedsTheTokenEvenWithAnAuthorizationHeader() {
        SessionClient browser = new SessionClient(port);
        browser.get("/login", Map.of("Accept", "text/html"));
        for (Map<String, String> extra : new Map[] {Map.of(), Map.of("Authorization", "Bearer x"),
            Map.of("Authorization", uk.ehctracker.testing.Http.basic("parent", "parent"))}) {
            HttpResponse<String> posted = browser.form("/login", Map.of("username", "parent", "password", "parent"), extra);
            // refused: back to the sign-in page (or 403), and the browser is not signed in
            assertThat(posted.headers().firstValue("Location").orElse("/login")).as(extra + " -> " + posted.headers().map())
                    .endsWith("/login");
            assertThat(browser.get("/api/me", Map.of()).statusCode()).as(extra.toString()).isEqualTo(401);
        }
        // with the page's token, the same sign-in works
        assertThat(browser.signIn("parent", "parent").headers().firstValue("Location").orElse("")).doesNotEndWith("/login");
        assertThat(browser.get("/api/me", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureBehindATlsProxy() {
        SessionClient plain = new SessionClient(port);
        HttpResponse<String> signedIn = plain.signIn("parent", "parent");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        SessionClient proxied = new SessionClient(port).with("X-Forwarded-Proto", "https");
        HttpResponse<String> page = proxied.get("/login", Map.of("Accept", "text/html"));
        String secure = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(secure).contains("HttpOnly", "SameSite=Lax", "Secure");
    }
}
