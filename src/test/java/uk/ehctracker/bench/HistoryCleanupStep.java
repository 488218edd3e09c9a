package uk.ehctracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.testing.HistoryCleanupRuns;

/**
 * History cleanup on the benchmark's database (BENCHMARKS.md "History size", decision 0011):
 * the night when every ended process instance's time to live has passed. The engine clock is
 * moved past the longest time to live, with the job executor stopped (it would fire every timer
 * due by then), and the engine's own cleanup job runs in this thread until nothing past its
 * removal time is left: the rows the engine itself stamped with a removal time as each
 * instance ended are what goes, nothing is rewritten first. Prints the database and the biggest
 * history tables before and after, the rows removed, the time and rate, and checks that the
 * application's case records are the same.
 *
 * <p>Destructive for the data set: a second run finds only the history ended since. Knob
 * {@code bench.historyVacuumFull} (true): rewrite the engine's tables after cleanup to show the
 * size they shrink to (a plain VACUUM, as autovacuum would, keeps the space for reuse).
 */
final class HistoryCleanupStep {

    /** The application's own record of a case (decision 0001): cleanup must leave every row. */
    private static final List<String> CASE_RECORD = List.of("assessment_case", "decision", "milestone", "letter", "case_event",
            "audit_entry", "annual_review", "disagreement", "plan_cessation");
    private static final Duration NIGHT_WINDOW = Duration.ofHours(4);

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;

    HistoryCleanupStep(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    void run() {
        HistoryCleanupRuns cleanup = new HistoryCleanupRuns(engine, jdbc);
        Map<String, Long> record = caseRecordRows();
        long ended = jdbc.queryForObject("SELECT count(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL", Long.class);
        long running = jdbc.queryForObject("SELECT count(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NULL", Long.class);
        String byModel = String.join(", ", jdbc.queryForList("SELECT PROC_DEF_KEY_ || ' ' || count(*) FROM ACT_HI_PROCINST"
                + " WHERE END_TIME_ IS NOT NULL GROUP BY PROC_DEF_KEY_ ORDER BY count(*) DESC", String.class));
        long databaseBefore = databaseBytes();
        Map<String, long[]> before = tables(cleanup.tables());
        Report.line("HISTORY before cleanup: database %s; %,d ended process instances (%s), %,d running; %,d rows in the %d tables cleanup deletes from, %s",
                mb(databaseBefore), ended, byModel, running, rows(before), before.size(), mb(bytes(before)));
        biggest(before);

        int daysToLive = engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
                .map(ProcessDefinition::getHistoryTimeToLive).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(0);
        Instant night = Instant.now().plus(Duration.ofDays(daysToLive + 1L));
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.shutdown();
        List<Double> runs;
        long started = System.nanoTime();
        try {
            ClockUtil.setCurrentTime(Date.from(night));
            runs = cleanup.runUntilDone(1_000_000);
        } finally {
            ClockUtil.reset();
            cleanup.waitForTheNextWindow();
            executor.start();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, long[]> after = tables(cleanup.tables());
        long removed = rows(before) - rows(after);
        long endedLeft = jdbc.queryForObject("SELECT count(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL", Long.class);
        double perSecond = removed / seconds;
        Report.line("HISTORY CLEANUP (clock moved %d days ahead, the engine's cleanup job, batch %d rows per table per run, one thread):"
                        + " removed %,d rows of %,d ended instances in %.1f s, %.0f rows/s; %,d job runs, each one transaction: median %.0f ms, p95 %.0f ms",
                daysToLive + 1, ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryCleanupBatchSize(),
                removed, ended - endedLeft, seconds, perSecond, runs.size(), Report.median(runs), Report.percentile(runs, 95));
        if (ended > endedLeft) {
            // rows, not instances: an instance's rows depend on its model and how far it went (BENCHMARKS.md "History size")
            Report.line("  night window (%d h) at this rate: %,.0f rows; this data set's ended instances left %.0f rows each on average",
                    NIGHT_WINDOW.toHours(), perSecond * NIGHT_WINDOW.toSeconds(), (double) removed / (ended - endedLeft));
        }

        long databaseAfter = databaseBytes();
        jdbc.execute("VACUUM ANALYZE " + String.join(", ", cleanup.tables()));
        long afterVacuum = databaseBytes();
        String full = "not run";
        if (Boolean.parseBoolean(System.getProperty("bench.historyVacuumFull", "true"))) {
            long t = System.nanoTime();
            jdbc.execute("VACUUM FULL ANALYZE " + String.join(", ", cleanup.tables()));
            full = String.format("%s (VACUUM FULL of the engine's tables, %.0f s)", mb(databaseBytes()), (System.nanoTime() - t) / 1e9);
        }
        Map<String, long[]> vacuumed = tables(cleanup.tables());
        Report.line("HISTORY after cleanup: %,d rows left in those tables, %s; database %s before, %s after cleanup, %s after VACUUM (space kept for reuse), %s",
                rows(vacuumed), mb(bytes(vacuumed)), mb(databaseBefore), mb(databaseAfter), mb(afterVacuum), full);
        biggest(vacuumed);
        assertThat(caseRecordRows()).as("the case records after history cleanup").isEqualTo(record);
        assertThat(endedLeft).as("ended instances left past their time to live").isZero();
    }

    private void biggest(Map<String, long[]> tables) {
        tables.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed()).limit(6)
                .forEach(e -> Report.line("  %-20s %,12d rows %10s", e.getKey(), e.getValue()[0], mb(e.getValue()[1])));
    }

    /** Each table's rows and its size on disk with indexes and TOAST. */
    private Map<String, long[]> tables(List<String> names) {
        Map<String, long[]> sizes = new LinkedHashMap<>();
        for (String table : names) {
            sizes.put(table, new long[] {jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class),
                jdbc.queryForObject("SELECT pg_total_relation_size(?::regclass)", Long.class, table)});
        }
        return sizes;
    }

    private Map<String, Long> caseRecordRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        CASE_RECORD.forEach(t -> rows.put(t, jdbc.queryForObject("SELECT count(*) FROM " + t, Long.class)));
        return rows;
    }

    private long databaseBytes() {
        return jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
    }

    private static long rows(Map<String, long[]> tables) {
        return tables.values().stream().mapToLong(v -> v[0]).sum();
    }

    private static long bytes(Map<String, long[]> tables) {
        return tables.values().stream().mapToLong(v -> v[1]).sum();
    }

    private static String mb(long bytes) {
        return String.format("%,.1f MB", bytes / 1048576.0);
    }
}
