package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
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
 * A stranger who guesses a person's password from one address is refused there, but cannot lock
 * the real person out from another address (the proxy's X-Forwarded-For gives the client's address).
 */
@ApplicationTest
class ThrottleByAddressTest {

    static final String STRANGER = "203.0.113.7";
    static final String REAL_USER = "198.51.100.9";

    @LocalServerPort
    int port;
    @Autowired
    DirectoryService directory;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aStrangersFailuresDoNotStopTheRealUserElsewhere() {
        String username = newUser();
        SessionClient stranger = new SessionClient(port).with("X-Forwarded-For", STRANGER);
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.get("/api/me", Map.of("Authorization", Http.basic(username, "guess" + i))).statusCode()).isEqualTo(401);
        }
        // the stranger is refused, even with the right password, from that address
        assertThat(stranger.get("/api/me", Map.of("Authorization", Http.basic(username, "guess"))).statusCode()).isEqualTo(429);
        assertThat(stranger.get("/api/me", Map.of("Authorization", Http.basic(username, username))).statusCode()).isEqualTo(429);
        assertThat(new SessionClient(port).with("X-Forwarded-For", STRANGER).signIn(username, username).statusCode()).isEqualTo(429);

        // the real person, elsewhere, signs in (perhaps a little slower) over Basic and the sign-in page
        SessionClient real = new SessionClient(port).with("X-Forwarded-For", REAL_USER);
        HttpResponse<String> me = real.get("/api/me", Map.of("Authorization", Http.basic(username, username)));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        HttpResponse<String> form = new SessionClient(port).with("X-Forwarded-For", REAL_USER).signIn(username, username);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private String newUser() {
        String username = "addr-" + UUID.randomUUID().toString().substring(0, 8);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            AppUser parent = directory.findUser("parent").orElseThrow();
            directory.save(new AppUser(username, passwords.encode(username), "Throttled Parent", username + "@example.com", Role.PARENT)
                    .inFamily(parent.getFamily()));
        });
        return username;
    }
}
