package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.Http;

/**
 * Security headers on every response, and sign-ins refused after five failures in 15 minutes.
 * Throttling tests use their own usernames: the demo users must stay usable for other tests,
 * and the per-address limit (100) is far from what the whole suite's failures add up to.
 */
@ApplicationTest
class SecurityHeadersAndThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    DirectoryService directory;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        ApiClient api = new ApiClient(port);
        for (HttpResponse<String> r : new HttpResponse[] {api.get("/api/me", "caseworker"), api.get("/api/me", ApiClient.ANONYMOUS),
            api.get("/api/assessment-requests/987654321", "caseworker")}) {
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            // JSON runs nothing: the API's policy allows nothing, and no one may frame it
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.API_POLICY);
            assertThat(SecurityHeadersFilter.API_POLICY).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe");
        }
    }

    @Test
    void pagesCarryAPolicyVaadinWorksUnder() {
        HttpResponse<String> login = new Http(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = nonceOf(policy);
        // scripts: only Vaadin's own files and the page's scripts that carry this response's nonce,
        // plus 'unsafe-eval', which Vaadin Flow's client engine needs (see SecurityHeadersFilter); nothing more
        assertThat(policy).isEqualTo(SecurityHeadersFilter.applicationPolicy(nonce));
        assertThat(policy).contains("default-src 'self'", "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval';",
                "style-src 'self' 'unsafe-inline'", "connect-src 'self' ws: wss:", "frame-ancestors 'self'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void eachPageGetsAFreshNonceAndEveryScriptOnItCarriesIt() {
        Set<String> nonces = new HashSet<>();
        for (String path : new String[] {"/login", "/login", "/"}) {
            HttpResponse<String> page = new Http(port).get(path);
            if (page.statusCode() == 302) {
                continue; // "/" sends the anonymous to sign in: no page, nothing to check
            }
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String nonce = nonceOf(page.headers().firstValue("Content-Security-Policy").orElseThrow());
            // 128 random bits, base64
            assertThat(Base64.getDecoder().decode(nonce)).hasSize(16);
            assertThat(nonces.add(nonce)).as("a nonce used twice").isTrue();
            Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
            int count = 0;
            while (scripts.find()) {
                count++;
                assertThat(scripts.group()).as("every script on " + path).contains("nonce=\"" + nonce + "\"");
            }
            // Vaadin's bootstrap page starts its client engine with inline scripts: they are there, and allowed
            assertThat(count).as("scripts on " + path).isPositive();
        }
        assertThat(nonces).hasSizeGreaterThanOrEqualTo(2);
    }

    private static String nonceOf(String policy) {
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        return nonce.group(1);
    }

    @Test
    void camundaAndTheSwaggerUiKeepTheirOwnPolicyButMayNotBeFramedElsewhere() {
        HttpResponse<String> cockpit = new ApiClient(port).get("/camunda/app/cockpit/default/", "admin");
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).noneMatch(p -> p.startsWith("default-src 'self'; script-src 'self' 'nonce-"))
                .noneMatch(p -> p.equals(SecurityHeadersFilter.API_POLICY));
        assertThat(cockpit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(SecurityHeadersFilter.hasOwnPolicy("/api/docs/swagger-ui/index.html")).isTrue();
        assertThat(SecurityHeadersFilter.hasOwnPolicy("/camunda/app/")).isTrue();
        assertThat(SecurityHeadersFilter.hasOwnPolicy("/api/assessment-requests")).isFalse();
        assertThat(SecurityHeadersFilter.hasOwnPolicy("/")).isFalse();
    }

    @Test
    void basicSignInsAreRefusedAfterFiveFailures() {
        ApiClient api = new ApiClient(port);
        String username = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/me", username).statusCode()).as("attempt " + (i + 1)).isEqualTo(401);
        }
        HttpResponse<String> refused = api.get("/api/me", username);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ApiClient.json(refused).get("detail").asText()).isEqualTo(LoginThrottleFilter.MESSAGE);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
        // the username is refused in any letter case, and other people are not affected
        assertThat(api.get("/api/me", username.toUpperCase()).statusCode()).isEqualTo(429);
        assertThat(api.get("/api/me", "caseworker").statusCode()).isEqualTo(200);
    }

    @Test
    void evenTheRightPasswordIsRefusedOnceLockedAndASuccessClearsEarlierFailures() {
        String username = newUser();
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 4; i++) {
            assertThat(basic(api, username, "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(basic(api, username, username).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(basic(api, username, "wrong").statusCode()).isEqualTo(401);
        }
        // four failures since the success: still allowed
        assertThat(basic(api, username, username).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(basic(api, username, "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(basic(api, username, username).statusCode()).isEqualTo(429);
        // and through the sign-in page too
        HttpResponse<String> form = new Http(port).signIn(username, username);
        assertThat(form.statusCode()).isEqualTo(429);
    }

    @Test
    void theSignInPageIsThrottledToo() {
        String username = "nobody-form-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> posted = new Http(port).signIn(username, "wrong");
            assertThat(posted.statusCode()).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        HttpResponse<String> refused = new Http(port).signIn(username, "wrong");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many failed sign-in attempts");
        // the same username over HTTP Basic is refused as well
        assertThat(new ApiClient(port).get("/api/me", username).statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> basic(ApiClient api, String username, String password) {
        return new Http(port).getJson("/api/me", username, password);
    }

    private String newUser() {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            AppUser parent = directory.findUser("parent").orElseThrow();
            directory.save(new AppUser(username, passwords.encode(username), "Throttled Parent", username + "@example.com", Role.PARENT)
                    .inFamily(parent.getFamily()));
        });
        return username;
    }
}
