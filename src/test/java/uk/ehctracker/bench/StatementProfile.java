package uk.ehctracker.bench;

import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's own account of the statements run while a figure is measured: the top statements by
 * time spent in the server, from {@code pg_stat_statements}. It is there only when the server loads
 * the module ({@code shared_preload_libraries = 'pg_stat_statements'}, then a restart); without it
 * the benchmark says so and measures as before.
 */
final class StatementProfile {

    private final JdbcTemplate jdbc;
    private final boolean available;

    private StatementProfile(JdbcTemplate jdbc, boolean available) {
        this.jdbc = jdbc;
        this.available = available;
    }

    static StatementProfile of(JdbcTemplate jdbc) {
        try {
            jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            jdbc.queryForObject("SELECT count(*) FROM pg_stat_statements", Long.class);
            return new StatementProfile(jdbc, true);
        } catch (DataAccessException notLoaded) {
            return new StatementProfile(jdbc, false);
        }
    }

    /** Forgets what was counted so far (the counts are the whole server's). */
    void reset() {
        if (available) {
            jdbc.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The {@code n} statements with the most server time since {@link #reset()}, one report line each. */
    void report(String what, int n) {
        if (!available) {
            Report.line("  statements while %s: pg_stat_statements is not loaded by this server (not profiled)", what);
            return;
        }
        String database = "(SELECT oid FROM pg_database WHERE datname = current_database())";
        Double total = jdbc.queryForObject("SELECT coalesce(sum(total_exec_time), 0) FROM pg_stat_statements WHERE dbid = " + database,
                Double.class);
        Report.line("  statements while %s: %.1f s in the server in all; the top %d:", what, total / 1000, n);
        List<String> lines = jdbc.query("SELECT calls, total_exec_time, mean_exec_time, shared_blks_hit + shared_blks_read AS blocks,"
                + " left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS query FROM pg_stat_statements WHERE dbid = " + database
                + " ORDER BY total_exec_time DESC LIMIT " + n,
                (rs, i) -> String.format("    %5.1f%%  %,9d calls  mean %7.3f ms  %,7.1f blocks/call  %s",
                        100 * rs.getDouble("total_exec_time") / Math.max(total, 1e-9), rs.getLong("calls"), rs.getDouble("mean_exec_time"),
                        rs.getDouble("blocks") / Math.max(rs.getLong("calls"), 1), rs.getString("query")));
        lines.forEach(line -> Report.line("%s", line));
    }
}
