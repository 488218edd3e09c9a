package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.access.SignInFailures;
import uk.ehctracker.testing.ApplicationTest;

/**
 * The throttle's counts live in the database, not in one node's memory: two throttles over one
 * database (two nodes behind a load balancer) count together, a new throttle (a restart) still
 * counts the earlier failures, concurrent failures on both lose none, and rows older than the
 * window are deleted. Runs on the test database: H2, or PostgreSQL with EHC_TEST_DB=postgres.
 */
@ApplicationTest
class ThrottleSharedByNodesTest {

    @Autowired
    SignInFailures failures;
    @Autowired
    JdbcTemplate jdbc;

    final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String sam = "sam-" + tag;
    final String address = "192.0.2.1-" + tag;

    LoginThrottle node(int maxFailuresPerAddress) {
        return new LoginThrottle(5, maxFailuresPerAddress, Duration.ofMinutes(15), clock, failures);
    }

    @Test
    void twoNodesCountTheSameAttempts() {
        LoginThrottle first = node(100);
        LoginThrottle second = node(100);
        // an attacker's requests spread over both nodes: five in all, not five on each
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? first : second).failed(sam, address);
        }
        assertThat(first.isBlocked(sam, address)).isTrue();
        assertThat(second.isBlocked(sam, address)).isTrue();
        assertThat(second.delay(sam)).isPositive();
        // a success on one node clears the account's counts for the other too
        first.succeeded(sam, address);
        assertThat(second.isBlocked(sam, address)).isFalse();
        assertThat(second.delay(sam)).isZero();
    }

    @Test
    void aRestartForgetsNoAttempts() {
        LoginThrottle beforeRestart = node(100);
        for (int i = 0; i < 4; i++) {
            beforeRestart.failed(sam, address);
        }
        LoginThrottle afterRestart = node(100);
        assertThat(afterRestart.isBlocked(sam, address)).isFalse();
        afterRestart.failed(sam, address);
        assertThat(afterRestart.isBlocked(sam, address)).isTrue();
        assertThat(beforeRestart.isBlocked(sam, address)).isTrue();
    }

    @Test
    void concurrentFailuresOnTwoNodesAreAllCounted() throws Exception {
        LoginThrottle first = node(40);
        LoginThrottle second = node(40);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 39; i++) {
                LoginThrottle node = i % 2 == 0 ? first : second;
                String username = "user" + i + "-" + tag;
                attempts.add(threads.submit(() -> {
                    start.await();
                    node.failed(username, address);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        } finally {
            threads.shutdown();
        }
        // 39 of 40 allowed from the address: none lost, none counted twice
        assertThat(first.isBlocked("someone-" + tag, address)).isFalse();
        second.failed("user39-" + tag, address);
        assertThat(first.isBlocked("someone-" + tag, address)).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreDeleted() {
        LoginThrottle node = node(100);
        node.failed(sam, address);
        Instant old = clock.instant();
        clock.advance(Duration.ofMinutes(16));
        node.failed("other-" + tag, "192.0.2.2-" + tag);
        Integer left = jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure WHERE failed_at <= ?", Integer.class,
                old.atOffset(ZoneOffset.UTC));
        assertThat(left).isZero();
        assertThat(node.isBlocked("other-" + tag, "192.0.2.2-" + tag)).isFalse();
        assertThat(failures.countSince("address\n192.0.2.2-" + tag, old)).isEqualTo(1);
    }
}
