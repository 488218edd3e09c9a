package uk.ehctracker.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.Http;

/** Every demo user can sign in and lands on their own home page; the admin-only doors stay shut. */
@ApplicationTest
class SignInAndDoorsTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} signs in and is sent to {1}")
    @CsvSource({
        "caseworker, LA_CASEWORKER, /caseworker",
        "manager, LA_MANAGER, /manager",
        "caseworker2, LA_CASEWORKER, /caseworker",
        "senco, SENCO, /school",
        "senco2, SENCO, /school",
        "parent, PARENT, /family",
        "parent2, PARENT, /family",
        "professional, PROFESSIONAL, /professional",
        "admin, ADMIN, /admin"})
    void eachDemoUserSignsInWithTheirUsernameAsPassword(String username, String role, String home) {
        HttpResponse<String> me = new Http(port).getJson("/api/me", username, username);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"" + role + "\"").contains("\"home\":\"" + home + "\"");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(new Http(port).getJson("/api/me", "caseworker", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void signingInThroughTheLoginPageOpensTheApplication() {
        Http browser = new Http(port);
        HttpResponse<String> posted = browser.signIn("parent", "parent");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> app = browser.get("/");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).containsIgnoringCase("vaadin");
    }

    @Test
    void theLoginPageRejectsAWrongPasswordWithoutSigningIn() {
        Http browser = new Http(port);
        HttpResponse<String> posted = browser.signIn("parent", "not-the-password");
        assertThat(posted.headers().firstValue("Location").orElse("")).contains("/login?error");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        HttpResponse<String> root = new Http(port).get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(new Http(port).get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminsTasklistHasAFilterListingEveryTask() {
        // without a filter, Camunda Tasklist shows the admin no task at all
        HttpResponse<String> filters = new Http(port).getJson("/engine-rest/filter?resourceType=Task", "admin", "admin");
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("\"name\":\"All tasks\"");
    }

    @Test
    void theSignInPageLoadsTheAppsStylesheetBeforeAnyoneSignsIn() {
        // it was sent to /login, which a browser followed in a loop until it gave up: the sign-in page had no styles
        HttpResponse<String> css = new Http(port).get("/styles/ehc.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    @Test
    void camundaRestIsForAdminsOnly() {
        Http http = new Http(port);
        assertThat(http.getJsonAnonymous("/engine-rest/engine").statusCode()).isEqualTo(401);
        assertThat(http.getJson("/engine-rest/engine", "parent", "parent").statusCode()).isEqualTo(403);
        assertThat(http.getJson("/engine-rest/engine", "caseworker", "caseworker").statusCode()).isEqualTo(403);
        assertThat(http.getJson("/engine-rest/engine", "admin", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void camundaWebappsAreForAdminsOnly() {
        Http http = new Http(port);
        assertThat(http.getJsonAnonymous("/camunda/app/cockpit/default/").statusCode()).isEqualTo(401);
        assertThat(http.getJson("/camunda/app/cockpit/default/", "manager", "manager").statusCode()).isEqualTo(403);

        Http admin = new Http(port);
        assertThat(admin.getJson("/camunda/app/cockpit/default/", "admin", "admin").statusCode()).isEqualTo(200);
        HttpResponse<String> camundaUser = admin.getJson("/camunda/api/admin/auth/user/default", "admin", "admin");
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"admin\"");
    }

    @Test
    void theApiAnswers401ToAnonymousCallers() {
        assertThat(new Http(port).getJsonAnonymous("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyHealthIsOpenOnTheActuator() {
        Http http = new Http(port);
        assertThat(http.getJsonAnonymous("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.getJsonAnonymous("/actuator/info").statusCode()).isIn(401, 302, 404);
    }
}
