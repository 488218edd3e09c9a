package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's counting, with a clock the test moves. */
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

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresWithinFifteenMinutesBlockTheUsernameFromThatAddressOnly() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("sam", "10.0.0.1");
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isBlocked("sam", "10.0.0.1")).isFalse();
        throttle.failed("Sam", "10.0.0.1");
        assertThat(throttle.isBlocked("sam", "10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked(" SAM ", "10.0.0.1")).isTrue();
        // a stranger's failures do not lock the real Sam out elsewhere: Sam is only slowed down
        assertThat(throttle.isBlocked("sam", "10.0.0.2")).isFalse();
        assertThat(throttle.delay("sam")).isPositive();
        assertThat(throttle.isBlocked("priya", "10.0.0.1")).isFalse();
        assertThat(throttle.delay("priya")).isZero();
    }

    @Test
    void theSlowdownGrowsWithFailuresFromEverywhereButIsBounded() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("sam", "10.0.1." + i);
        }
        assertThat(throttle.delay("sam")).isZero();
        throttle.failed("sam", "10.0.1.99");
        Duration first = throttle.delay("sam");
        assertThat(first).isPositive();
        for (int i = 0; i < 1000; i++) {
            throttle.failed("sam", "10.0.2." + (i % 250));
        }
        assertThat(throttle.delay("sam")).isGreaterThan(first).isLessThanOrEqualTo(LoginThrottle.MAX_DELAY);
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.delay("sam")).isZero();
    }

    @Test
    void failuresExpireAfterFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("sam", null);
        }
        assertThat(throttle.isBlocked("sam", null)).isTrue();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.isBlocked("sam", null)).isFalse();
    }

    @Test
    void spreadOutFailuresNeverBlock() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("sam", null);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.isBlocked("sam", null)).isFalse();
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("sam", null);
        }
        throttle.succeeded("SAM");
        throttle.failed("sam", null);
        assertThat(throttle.isBlocked("sam", null)).isFalse();
    }

    @Test
    void manyUsernamesFromOneAddressBlockTheAddress() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertThat(throttle.isBlocked("someone", "10.9.9.9")).isFalse();
        throttle.failed("user19", "10.9.9.9");
        assertThat(throttle.isBlocked("someone", "10.9.9.9")).isTrue();
        assertThat(throttle.isBlocked("someone", "10.1.1.1")).isFalse();
        // a success does not unblock the address
        throttle.succeeded("someone");
        assertThat(throttle.isBlocked("someone", "10.9.9.9")).isTrue();
    }
}
