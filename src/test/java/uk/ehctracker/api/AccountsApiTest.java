package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.letters.OutboxToSmtp;

/**
 * Accounts for real people, end to end: the invitation goes through the outbox to a real SMTP
 * server (GreenMail), the link in it sets the password once, and the account then sees what its
 * role and family allow and nothing else.
 */
class AccountsApiTest extends ApiTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);
    private static final Pattern LINK = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "kettle violin meadow";

    @Autowired Accounts accounts;
    @Autowired ApplicationContext context;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void anAdminListsEveryAccountByUsername_aPageAtATime() {
        JsonNode firstThree = ApiClient.json(api.get("/api/accounts?offset=0&limit=3", "admin"));
        assertThat(firstThree).hasSize(3);
        List<String> names = firstThree.findValuesAsText("username");
        // the next page (offset a multiple of limit) starts where the last one ended: the order is the username's
        JsonNode next = ApiClient.json(api.get("/api/accounts?offset=2&limit=2", "admin"));
        assertThat(next.get(0).get("username").asText()).isEqualTo(names.get(2));
        // a page past the end is empty, not an error
        HttpResponse<String> past = api.get("/api/accounts?offset=100000&limit=200", "admin");
        assertThat(past.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(past)).isEmpty();
    }

    @Test
    void aFamilyInvitedByEmail_setsAPasswordThroughTheLink_andSeesOnlyTheirChild() throws Exception {
        long caseId = fixtures.la2Case();
        long otherFamilysCase = fixtures.la2Case();
        String email = "invited" + caseId + "@example.org";

        HttpResponse<String> invited = api.postJson("/api/assessment-requests/" + caseId + "/family-invitations", "caseworker2",
                "{\"displayName\":\"Amira Wilson\",\"email\":\"" + email + "\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(ApiClient.json(invited).get("access").asText()).startsWith("Invited: the link works until");

        String token = linkIn(mailTo(email));
        // before the password is set, nobody can sign in as the new account
        assertThat(api.getWithPassword("/api/me", email, PASSWORD).statusCode()).isEqualTo(401);

        assertThat(accounts.setPassword(token, PASSWORD, PASSWORD)).isEqualTo(email);

        HttpResponse<String> theirCases = api.getWithPassword("/api/assessment-requests", email, PASSWORD);
        assertThat(theirCases.statusCode()).isEqualTo(200);
        assertThat(ids(ApiClient.json(theirCases))).contains(caseId).doesNotContain(otherFamilysCase);
        assertThat(api.getWithPassword("/api/assessment-requests/" + otherFamilysCase, email, PASSWORD).statusCode()).isEqualTo(404);

        // the link works once
        assertThat(refusal(() -> accounts.setPassword(token, "another three words", "another three words")))
                .isEqualTo("token: This link has already been used or has expired. Ask the person who invited you to send a new one");
    }

    @Test
    void aLinkStopsWorkingWhenItExpires_andANewLinkClosesTheOldOne() throws Exception {
        String email = invitedParent("expiring", "Sam Wilson");
        String first = linkIn(mailTo(email));

        long accountId = directory.findUser(email).orElseThrow().getId();
        assertThat(api.postJson("/api/accounts/" + accountId + "/new-link", "caseworker2", "").statusCode()).isEqualTo(200);
        String second = linkIn(mailTo(email));
        assertThat(second).isNotEqualTo(first);
        assertThat(refusal(() -> accounts.setPassword(first, PASSWORD, PASSWORD))).startsWith("token: This link has already been used");

        ClockUtil.setCurrentTime(java.util.Date.from(clock.instant().plus(Accounts.LINK_LIFETIME).plus(Duration.ofMinutes(1))));
        assertThat(refusal(() -> accounts.setPassword(second, PASSWORD, PASSWORD))).startsWith("token: This link has already been used");
    }

    @Test
    void anAdminGivesACaseworkerAnAccount_andDisablingItStopsTheSignIn_andEndsTheirOpenSession() throws Exception {
        String username = "new.caseworker" + System.nanoTime() % 100000;
        long laId = directory.findUser("caseworker").orElseThrow().getLocalAuthority().getId();
        HttpResponse<String> made = api.postJson("/api/accounts", "admin", "{\"username\":\"" + username + "\",\"displayName\":\"Priya Shah\","
                + "\"email\":\"" + username + "@northbridge.example\",\"role\":\"LA_CASEWORKER\",\"localAuthorityId\":" + laId + "}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long id = ApiClient.json(made).get("id").asLong();
        accounts.setPassword(linkIn(mailTo(username + "@northbridge.example")), PASSWORD, PASSWORD);

        HttpResponse<String> me = api.getWithPassword("/api/me", username, PASSWORD);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("LA_CASEWORKER");
        SessionClient browser = new SessionClient(port);
        browser.signIn(username, PASSWORD);
        assertThat(browser.get("/api/me", Map.of()).statusCode()).isEqualTo(200);

        assertThat(api.postJson("/api/accounts/" + id + "/enabled", "admin", "{\"enabled\":false}").statusCode()).isEqualTo(200);
        assertThat(api.getWithPassword("/api/me", username, PASSWORD).statusCode()).isEqualTo(401);
        // the session they had open ends at its next request, on the API and on the screens
        assertThat(browser.get("/api/me", Map.of()).statusCode()).isEqualTo(401);
        HttpResponse<String> page = browser.get("/caseworker", Map.of("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?", Long.class,
                "Account enabled or disabled (account " + id + ")")).isEqualTo(1);
    }

    @Test
    void someoneWhoForgotTheirPassword_getsANewLinkByEmail_onlyOnceInAFewMinutes_andStrangersLearnNothing() throws Exception {
        String email = invitedParent("forgetful", "Alex Green");
        accounts.setPassword(linkIn(mailTo(email)), PASSWORD, PASSWORD);
        int mailsBefore = mailsTo(email);

        accounts.sendResetLink(email.toUpperCase(java.util.Locale.ROOT));
        String reset = linkIn(mailTo(email));
        assertThat(mailsTo(email)).isEqualTo(mailsBefore + 1);
        // asking again at once sends nothing more: nobody can flood an inbox from the sign-in page
        accounts.sendResetLink(email);
        OutboxToSmtp.sendDue(context, ServerSetupTest.SMTP.getPort());
        assertThat(mailsTo(email)).isEqualTo(mailsBefore + 1);

        // the old password works until the new one is chosen
        assertThat(api.getWithPassword("/api/me", email, PASSWORD).statusCode()).isEqualTo(200);
        accounts.setPassword(reset, "lantern pebble orchard", "lantern pebble orchard");
        assertThat(api.getWithPassword("/api/me", email, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(api.getWithPassword("/api/me", email, "lantern pebble orchard").statusCode()).isEqualTo(200);

        // the link lasts hours, not days
        accounts.sendResetLink(email);
        assertThat(mailsTo(email)).isEqualTo(mailsBefore + 1);
        ClockUtil.setCurrentTime(java.util.Date.from(clock.instant().plus(Duration.ofMinutes(10))));
        accounts.sendResetLink(email);
        String later = linkIn(mailTo(email));
        ClockUtil.setCurrentTime(java.util.Date.from(clock.instant().plus(Accounts.RESET_LINK_LIFETIME).plus(Duration.ofMinutes(1))));
        assertThat(refusal(() -> accounts.setPassword(later, PASSWORD, PASSWORD))).startsWith("token: This link has already been used");

        // an unknown name is answered as a known one, and sends nothing; an empty one is named
        int allMails = greenMail.getReceivedMessages().length;
        accounts.sendResetLink("nobody-has-this-name");
        OutboxToSmtp.sendDue(context, ServerSetupTest.SMTP.getPort());
        assertThat(greenMail.getReceivedMessages()).hasSize(allMails);
        assertThat(refusal(() -> accounts.sendResetLink("  "))).isEqualTo("usernameOrEmail: Enter your username or e-mail address");
    }

    /** A parent invited by LA2's caseworker to a new case; returns their e-mail address (and username). */
    private String invitedParent(String prefix, String name) {
        long caseId = fixtures.la2Case();
        String email = prefix + caseId + "@example.org";
        HttpResponse<String> invited = api.postJson("/api/assessment-requests/" + caseId + "/family-invitations", "caseworker2",
                "{\"displayName\":\"" + name + "\",\"email\":\"" + email + "\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        return email;
    }

    private int mailsTo(String address) throws Exception {
        int n = 0;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aDatabaseWithNoAdminGetsItsFirstAdminByALinkToTheConfiguredAddress_once() throws Exception {
        List<Long> demoAdmins = jdbc.queryForList("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled", Long.class);
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN'");
        String username = "first.admin" + System.nanoTime() % 100000;
        String email = username + "@council.example";
        try {
            assertThat(accounts.anAdminCanSignIn()).isFalse();
            assertThat(refusal(() -> accounts.createFirstAdmin(username, "not an address")))
                    .isEqualTo("ehc.first-admin.email: The first admin's e-mail address must be an e-mail address, like name@example.org");
            assertThat(accounts.createFirstAdmin(username, email)).isTrue();
            accounts.setPassword(linkIn(mailTo(email)), PASSWORD, PASSWORD);
            assertThat(api.getWithPassword("/api/accounts", username, PASSWORD).statusCode()).isEqualTo(200);
            // once an admin can sign in, the setting does nothing more
            assertThat(accounts.createFirstAdmin(username + "x", "x" + email)).isFalse();
            assertThat(directory.userExists(username + "x")).isFalse();
        } finally {
            for (Long id : demoAdmins) {
                jdbc.update("UPDATE app_user SET enabled = TRUE WHERE id = ?", id);
            }
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", username);
        }
    }

    @Test
    void onlyAdminsManageAccounts_andOnlyTheCasesLaInvitesItsFamily() {
        String body = "{\"username\":\"intruder1\",\"displayName\":\"X\",\"email\":\"x1@example.org\",\"role\":\"ADMIN\"}";
        for (String notAdmin : new String[] {"caseworker", "manager", "senco", "parent", "professional"}) {
            assertThat(api.postJson("/api/accounts", notAdmin, body).statusCode()).as(notAdmin).isEqualTo(404);
            assertThat(api.get("/api/accounts", notAdmin).statusCode()).as(notAdmin).isEqualTo(404);
        }
        long la2Case = fixtures.la2Case();
        String invite = "{\"displayName\":\"Y\",\"email\":\"y" + la2Case + "@example.org\"}";
        // caseworker works for another LA; the parent and the school are not LA staff
        for (String outsider : new String[] {"caseworker", "parent", "senco2"}) {
            assertThat(api.postJson("/api/assessment-requests/" + la2Case + "/family-invitations", outsider, invite).statusCode())
                    .as(outsider).isEqualTo(404);
        }
        assertThat(directory.emailInUse("y" + la2Case + "@example.org")).isFalse();
    }

    @Test
    void badInputIsNamedByItsField_andNothingIsWritten() {
        long laId = directory.findUser("caseworker").orElseThrow().getLocalAuthority().getId();
        HttpResponse<String> refused = api.postJson("/api/accounts", "admin", "{\"username\":\"a b\",\"displayName\":\"\","
                + "\"email\":\"not-an-address\",\"role\":\"PROFESSIONAL\",\"localAuthorityId\":" + laId + "}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"username\"").contains("\"displayName\"").contains("\"email\"").contains("\"discipline\"");
        assertThat(directory.userExists("a b")).isFalse();

        long caseId = fixtures.la2Case();
        HttpResponse<String> child = api.postJson("/api/assessment-requests/" + caseId + "/family-invitations", "caseworker2",
                "{\"displayName\":\"Too Young\",\"email\":\"young" + caseId + "@example.org\",\"youngPerson\":true}");
        assertThat(child.statusCode()).isEqualTo(400);
        assertThat(child.body()).contains("\"youngPerson\"").contains("not yet over compulsory school age");
        assertThat(directory.emailInUse("young" + caseId + "@example.org")).isFalse();
    }

    @Test
    void aWeakPassword_isRefusedWithTheReason_andTheLinkStillWorks() throws Exception {
        long caseId = fixtures.la2Case();
        String email = "weak" + caseId + "@example.org";
        api.postJson("/api/assessment-requests/" + caseId + "/family-invitations", "caseworker2",
                "{\"displayName\":\"Jo Wilson\",\"email\":\"" + email + "\"}");
        String token = linkIn(mailTo(email));
        assertThat(refusal(() -> accounts.setPassword(token, "short", "short"))).startsWith("password: Password must be at least 15 characters");
        assertThat(refusal(() -> accounts.setPassword(token, "1qaz2wsx3edc4rfv", "1qaz2wsx3edc4rfv")))
                .isEqualTo("password: This is one of the most common passwords. Choose another");
        assertThat(refusal(() -> accounts.setPassword(token, "iloveyouiloveyou", "iloveyouiloveyou")))
                .startsWith("password: This password would be easy to guess");
        assertThat(refusal(() -> accounts.setPassword(token, PASSWORD, PASSWORD + "!")))
                .isEqualTo("repeatPassword: The two passwords do not match");
        assertThat(accounts.setPassword(token, PASSWORD, PASSWORD)).isEqualTo(email);
    }

    private static java.util.List<Long> ids(JsonNode list) {
        JsonNode items = list.get("content");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        items.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    /** The last e-mail sent to this address, after the outbox has sent what it holds. */
    private MimeMessage mailTo(String address) throws Exception {
        OutboxToSmtp.sendDue(context, ServerSetupTest.SMTP.getPort());
        MimeMessage last = null;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals)) {
                last = m;
            }
        }
        assertThat(last).as("an e-mail to " + address).isNotNull();
        assertThat(last.getSubject()).isEqualTo("Set your password for the EHC needs assessment tracker");
        return last;
    }

    private static String linkIn(MimeMessage m) throws Exception {
        Matcher link = LINK.matcher(m.getContent().toString());
        assertThat(link.find()).as("a link in the e-mail").isTrue();
        return link.group(1);
    }

    private static String refusal(Runnable command) {
        try {
            command.run();
        } catch (BadInputException e) {
            return e.problems().get(0).field() + ": " + e.problems().get(0).message();
        }
        throw new AssertionError("not refused");
    }
}
