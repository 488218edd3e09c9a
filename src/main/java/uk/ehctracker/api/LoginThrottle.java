package uk.ehctracker.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refuses sign-ins for a username from one IP address after {@value #MAX_FAILURES} failed attempts
 * from that address within 15 minutes, and from an address after {@value #MAX_FAILURES_PER_ADDRESS}
 * (many usernames tried from one place), whether through HTTP Basic or the sign-in page. The same
 * username from elsewhere is not refused, only slowed down ({@link #delay}): else a stranger's five
 * guesses would lock the real person out everywhere for 15 minutes. A successful sign-in clears the
 * username's counts. Failures are learnt from Spring Security's events (and logged, the record of
 * attempts); {@link LoginThrottleFilter} does the refusing and the slowing.
 *
 * <p>Kept in memory, per node: a deployment with more than one node needs a shared store (for
 * example a table or Redis) for the counts, or an attacker gets {@value #MAX_FAILURES} tries per
 * node. Behind a reverse proxy, {@code server.forward-headers-strategy} makes the address the
 * client's, not the proxy's.
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
    private static final int PRUNE_ABOVE = 10_000;
    private static final int KEEP_PER_ACCOUNT = 100;

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    /** Failures per username and address: these block. */
    private final Map<String, Deque<Instant>> failuresByUserAtAddress = new ConcurrentHashMap<>();
    /** Failures per username from anywhere: these only slow down. */
    private final Map<String, Deque<Instant>> failuresByUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this(maxFailures, MAX_FAILURES_PER_ADDRESS, window, clock);
    }

    LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Whether a sign-in as this username, from this address, is refused for now. Either may be null. */
    boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return (username != null && count(failuresByUserAtAddress, key(username, address), now) >= maxFailures)
                || (address != null && count(failuresByAddress, address, now) >= maxFailuresPerAddress);
    }

    /** How long to hold a sign-in as this username before checking its password: zero unless it has many recent failures. */
    Duration delay(String username) {
        if (username == null) {
            return Duration.ZERO;
        }
        int beyond = count(failuresByUser, key(username), clock.instant()) - maxFailures + 1;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration delay = DELAY_STEP.multipliedBy(beyond);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (username != null) {
            add(failuresByUserAtAddress, key(username, address), now, maxFailures);
            add(failuresByUser, key(username), now, KEEP_PER_ACCOUNT);
        }
        if (address != null) {
            add(failuresByAddress, address, now, maxFailuresPerAddress);
        }
        if (failuresByUser.size() > PRUNE_ABOVE || failuresByAddress.size() > PRUNE_ABOVE
                || failuresByUserAtAddress.size() > PRUNE_ABOVE) {
            prune(now);
        }
    }

    /** The person got in: their failures from this address, and the slowdown of their account, are forgotten. */
    void succeeded(String username, String address) {
        if (username != null) {
            failuresByUserAtAddress.remove(key(username, address));
            failuresByUser.remove(key(username));
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

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String key(String username, String address) {
        return key(username) + "\n" + (address == null ? "" : address);
    }

    private int count(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            dropExpired(times, now);
            return times.size();
        }
    }

    private void add(Map<String, Deque<Instant>> failures, String key, Instant now, int keep) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
            // only the recent ones matter; a flood of failures must not grow memory
            while (times.size() > keep) {
                times.removeFirst();
            }
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private void prune(Instant now) {
        for (Map<String, Deque<Instant>> failures : java.util.List.of(failuresByUser, failuresByAddress, failuresByUserAtAddress)) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    dropExpired(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }
}
