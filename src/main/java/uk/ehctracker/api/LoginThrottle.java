package uk.ehctracker.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import uk.ehctracker.access.SignInFailures;

/**
 * Refuses sign-ins for a username from one IP address after {@value #MAX_FAILURES} failed attempts
 * from that address within 15 minutes, and from an address after {@value #MAX_FAILURES_PER_ADDRESS}
 * (many usernames tried from one place), whether through HTTP Basic or the sign-in page. The same
 * username from elsewhere is not refused, only slowed down ({@link #delay}): else a stranger's five
 * guesses would lock the real person out everywhere for 15 minutes. A successful sign-in clears the
 * username's counts. Failures are learnt from Spring Security's events (and logged, the record of
 * attempts); {@link LoginThrottleFilter} does the refusing and the slowing.
 *
 * <p>The counts are kept in the database ({@link SignInFailures}, table {@code sign_in_failure}),
 * not in this node's memory: with several nodes behind a load balancer, counts per node gave an
 * attacker {@value #MAX_FAILURES} tries per node, and a restart forgot them all. Every node counts
 * the same rows, the window slides as it did in memory, and rows older than the window are deleted
 * (at most once a minute per node). Behind a reverse proxy, {@code server.forward-headers-strategy}
 * makes the address the client's, not the proxy's.
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    static final int MAX_FAILURES = 5;
    /** Higher than per username: many people may share an address (a school, an office behind NAT). */
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Each failure beyond {@value #MAX_FAILURES} (from anywhere) slows the next attempts on the account by this much... */
    static final Duration DELAY_STEP = Duration.ofMillis(500);
    /** ...up to this: enough to make guessing from many addresses slow, short enough for the real person. */
    static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** Rows older than the window are deleted at most this often by each node. */
    static final Duration EXPIRE_EVERY = Duration.ofMinutes(1);

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final SignInFailures failures;
    private final AtomicReference<Instant> lastExpired = new AtomicReference<>(Instant.MIN);

    LoginThrottle(int maxFailures, Duration window, Clock clock, SignInFailures failures) {
        this(maxFailures, MAX_FAILURES_PER_ADDRESS, window, clock, failures);
    }

    LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock, SignInFailures failures) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
        this.failures = failures;
    }

    /** Whether a sign-in as this username, from this address, is refused for now. Either may be null. */
    boolean isBlocked(String username, String address) {
        Instant since = clock.instant().minus(window);
        return (username != null && failures.countSince(accountAtCounter(username, address), since) >= maxFailures)
                || (address != null && failures.countSince(addressCounter(address), since) >= maxFailuresPerAddress);
    }

    /** How long to hold a sign-in as this username before checking its password: zero unless it has many recent failures. */
    Duration delay(String username) {
        if (username == null) {
            return Duration.ZERO;
        }
        int beyond = failures.countSince(accountCounter(username), clock.instant().minus(window)) - maxFailures + 1;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration delay = DELAY_STEP.multipliedBy(beyond);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** One failed attempt, counted for the account, the account from this address, and the address: one transaction. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        List<String> counters = new ArrayList<>(3);
        if (username != null) {
            counters.add(accountAtCounter(username, address));
            counters.add(accountCounter(username));
        }
        if (address != null) {
            counters.add(addressCounter(address));
        }
        failures.add(counters, now);
        expireOldRows(now);
    }

    /** The person got in: their failures from this address, and the slowdown of their account, are forgotten. */
    void succeeded(String username, String address) {
        if (username != null) {
            failures.forget(List.of(accountAtCounter(username, address), accountCounter(username)));
        }
    }

    void succeeded(String username) {
        succeeded(username, null);
    }

    Duration window() {
        return window;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        failed(username, address);
        log.info("Failed sign-in for {} from {}", username, address);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** Housekeeping, in its own transaction: a failure here (two nodes deleting the same rows) only delays it. */
    private void expireOldRows(Instant now) {
        Instant last = lastExpired.get();
        if (now.isBefore(last.plus(EXPIRE_EVERY)) || !lastExpired.compareAndSet(last, now)) {
            return;
        }
        try {
            failures.expire(now.minus(window));
        } catch (DataAccessException e) {
            log.warn("Could not delete expired sign-in failures (tried again within {}): {}", EXPIRE_EVERY, e.getMessage());
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Failures of this username from this address: these block. */
    private static String accountAtCounter(String username, String address) {
        return "account at address\n" + key(username) + "\n" + (address == null ? "" : address);
    }

    /** Failures of this username from anywhere: these only slow down. */
    private static String accountCounter(String username) {
        return "account\n" + key(username);
    }

    /** Failures from this address, whatever the username. */
    private static String addressCounter(String address) {
        return "address\n" + address;
    }
}
