package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.SignInFailures;
import uk.ehctracker.testing.ApplicationTest;

/**
 * The throttle's counting, with a clock the test moves, over the test database (the counts live
 * there). Each test's usernames and addresses carry a tag of their own: the database outlives one
 * test, and on PostgreSQL one run.
 */
@ApplicationTest
class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Autowired
    SignInFailures failures;

    final MovableClock clock = new MovableClock();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String sam = "sam-" + tag;
    final String priya = "priya-" + tag;

    LoginThrottle throttle() {
        return new LoginThrottle(5, 20, Duration.ofMinutes(15), clock, failures);
    }

    String at(String address) {
        return address + "-" + tag;
    }

    @Test
    void fiveFailuresWithinFifteenMinutesBlockTheUsernameFromThatAddressOnly() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed(sam, at("10.0.0.1"));
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isBlocked(sam, at("10.0.0.1"))).isFalse();
        throttle.failed(sam.toUpperCase(Locale.ROOT), at("10.0.0.1"));
        assertThat(throttle.isBlocked(sam, at("10.0.0.1"))).isTrue();
        assertThat(throttle.isBlocked(" " + sam.toUpperCase(Locale.ROOT) + " ", at("10.0.0.1"))).isTrue();
        // a stranger's failures do not lock the real Sam out elsewhere: Sam is only slowed down
        assertThat(throttle.isBlocked(sam, at("10.0.0.2"))).isFalse();
        assertThat(throttle.delay(sam)).isPositive();
        assertThat(throttle.isBlocked(priya, at("10.0.0.1"))).isFalse();
        assertThat(throttle.delay(priya)).isZero();
    }

    @Test
    void theSlowdownGrowsWithFailuresFromEverywhereButIsBounded() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed(sam, at("10.0.1." + i));
        }
        assertThat(throttle.delay(sam)).isZero();
        throttle.failed(sam, at("10.0.1.99"));
        Duration first = throttle.delay(sam);
        assertThat(first).isPositive();
        for (int i = 0; i < 200; i++) {
            throttle.failed(sam, at("10.0.2." + (i % 50)));
        }
        assertThat(throttle.delay(sam)).isGreaterThan(first).isLessThanOrEqualTo(LoginThrottle.MAX_DELAY);
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.delay(sam)).isZero();
    }

    @Test
    void failuresExpireAfterFifteenMinutes() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.failed(sam, null);
        }
        assertThat(throttle.isBlocked(sam, null)).isTrue();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.isBlocked(sam, null)).isFalse();
    }

    @Test
    void spreadOutFailuresNeverBlock() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 20; i++) {
            throttle.failed(sam, null);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.isBlocked(sam, null)).isFalse();
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed(sam, null);
        }
        throttle.succeeded(sam.toUpperCase(Locale.ROOT));
        throttle.failed(sam, null);
        assertThat(throttle.isBlocked(sam, null)).isFalse();
    }

    @Test
    void manyUsernamesFromOneAddressBlockTheAddress() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i + "-" + tag, at("10.9.9.9"));
        }
        assertThat(throttle.isBlocked(priya, at("10.9.9.9"))).isFalse();
        throttle.failed("user19-" + tag, at("10.9.9.9"));
        assertThat(throttle.isBlocked(priya, at("10.9.9.9"))).isTrue();
        assertThat(throttle.isBlocked(priya, at("10.1.1.1"))).isFalse();
        // a success does not unblock the address
        throttle.succeeded(priya);
        assertThat(throttle.isBlocked(priya, at("10.9.9.9"))).isTrue();
    }
}
