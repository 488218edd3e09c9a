package uk.ehctracker.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins, kept in the database (table {@code sign_in_failure}, V25) for the sign-in
 * throttle ({@code api.LoginThrottle}), which decides what the counts mean. In the database so that
 * all nodes share one count and a restart keeps it: counted in each node's memory, an attacker
 * behind a load balancer got the throttle's limit once per node, and again after each restart.
 *
 * <p>A counter is named by a string (the throttle's: an account, an account from an address, an
 * address); each failure adds one row per counter it counts towards, so concurrent failures, on
 * one node or many, are inserts that never overwrite one another (no read-modify-write, no lock,
 * the same SQL on H2 and PostgreSQL). Each change is one transaction of its own.
 */
@Component
public class SignInFailures {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public SignInFailures(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // a failure is recorded whatever happens to any transaction around the sign-in
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One failure at this time, counted by each of these counters: one transaction. */
    public void add(Collection<String> counters, Instant at) {
        if (counters.isEmpty()) {
            return;
        }
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        List<Object[]> rows = counters.stream().map(c -> new Object[] {key(c), when}).toList();
        ownTransaction.executeWithoutResult(s ->
                jdbc.batchUpdate("INSERT INTO sign_in_failure (counter_key, failed_at) VALUES (?, ?)", rows));
    }

    /** The failures this counter has counted after the given time. */
    public int countSince(String counter, Instant after) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure WHERE counter_key = ? AND failed_at > ?",
                Integer.class, key(counter), after.atOffset(ZoneOffset.UTC));
        return count == null ? 0 : count;
    }

    /** These counters start again from nothing: one transaction. */
    public void forget(Collection<String> counters) {
        if (counters.isEmpty()) {
            return;
        }
        List<Object[]> keys = counters.stream().map(c -> new Object[] {key(c)}).toList();
        ownTransaction.executeWithoutResult(s -> jdbc.batchUpdate("DELETE FROM sign_in_failure WHERE counter_key = ?", keys));
    }

    /** Deletes the failures at or before this time, which no longer count: one transaction. Returns how many. */
    public int expire(Instant upTo) {
        Integer deleted = ownTransaction.execute(s ->
                jdbc.update("DELETE FROM sign_in_failure WHERE failed_at <= ?", upTo.atOffset(ZoneOffset.UTC)));
        return deleted == null ? 0 : deleted;
    }

    private static String key(String counter) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(counter.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
