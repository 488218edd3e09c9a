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
 * Refuses sign-ins for a username after {@value #MAX_FAILURES} failed attempts within 15 minutes,
 * and from an IP address after {@value #MAX_FAILURES_PER_ADDRESS} (many usernames tried from one
 * place), whether through HTTP Basic or the sign-in page. A successful sign-in clears the
 * username's count. Failures are learnt from Spring Security's events; {@link LoginThrottleFilter}
 * does the refusing.
 *
 * <p>Kept in memory, per node: a deployment with more than one node needs a shared store (for
 * example a table or Redis) for the counts, or an attacker gets {@value #MAX_FAILURES} tries per
 * node. Behind a reverse proxy, configure {@code server.forward-headers-strategy} so that the
 * address is the client's, not the proxy's.
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    static final int MAX_FAILURES = 5;
    /** Higher than per username: many people may share an address (a school, an office behind NAT). */
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
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
        return (username != null && count(failuresByUser, key(username), now) >= maxFailures)
                || (address != null && count(failuresByAddress, address, now) >= maxFailuresPerAddress);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (username != null) {
            add(failuresByUser, key(username), now);
        }
        if (address != null) {
            add(failuresByAddress, address, now);
        }
        if (failuresByUser.size() > PRUNE_ABOVE || failuresByAddress.size() > PRUNE_ABOVE) {
            prune(now);
        }
    }

    void succeeded(String username) {
        if (username != null) {
            failuresByUser.remove(key(username));
        }
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
        succeeded(event.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
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

    private void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
            // only the recent ones matter; a flood of failures must not grow memory
            while (times.size() > Math.max(maxFailures, maxFailuresPerAddress)) {
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
        for (Map<String, Deque<Instant>> failures : java.util.List.of(failuresByUser, failuresByAddress)) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    dropExpired(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }
}
