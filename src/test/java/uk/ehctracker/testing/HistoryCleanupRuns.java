package uk.ehctracker.testing;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the engine's history cleanup job now, in the calling thread, as the night's window would
 * (decision 0011): one job run is one transaction deleting at most a batch of rows per table whose
 * removal time has passed, so the job runs again until none is left. The engine clock decides
 * what has passed: move it with {@link ClockUtil} first; the job executor must not be running
 * (it would fire every timer due by the moved clock).
 */
public final class HistoryCleanupRuns {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final List<String> tables;

    public HistoryCleanupRuns(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.tables = tablesWithRemovalTime(jdbc);
    }

    /** The engine's tables that history cleanup deletes from (those with a removal time), upper case. */
    public List<String> tables() {
        return tables;
    }

    /**
     * Runs the cleanup job until no row's removal time is before the engine's now; returns each
     * run's duration in milliseconds. Fails after {@code maxRuns} runs, so a cleanup that deletes
     * nothing cannot loop for ever.
     */
    public List<Double> runUntilDone(int maxRuns) {
        List<Double> runs = new ArrayList<>();
        while (anyDue()) {
            if (runs.size() == maxRuns) {
                throw new IllegalStateException("history cleanup left rows past their removal time after " + maxRuns + " runs");
            }
            long t = System.nanoTime();
            Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
            engine.getManagementService().executeJob(job.getId());
            runs.add((System.nanoTime() - t) / 1e6);
        }
        return runs;
    }

    /** After the clock is back: the cleanup job waits for its next night window again, as the engine schedules it at start. */
    public void waitForTheNextWindow() {
        engine.getHistoryService().cleanUpHistoryAsync(false);
    }

    private boolean anyDue() {
        Date now = ClockUtil.getCurrentTime();
        for (String table : tables) {
            // one row is enough to know; the removal time columns are indexed by the engine
            if (!jdbc.queryForList("SELECT 1 FROM " + table + " WHERE REMOVAL_TIME_ <= ? FETCH FIRST 1 ROWS ONLY", Integer.class, now)
                    .isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tablesWithRemovalTime(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT table_name FROM information_schema.columns WHERE upper(column_name) = 'REMOVAL_TIME_'"
                        + " AND upper(table_name) LIKE 'ACT\\_%' ESCAPE '\\' AND table_schema = current_schema ORDER BY table_name", String.class)
                .stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
    }
}
