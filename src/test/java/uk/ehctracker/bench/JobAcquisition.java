package uk.ehctracker.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import uk.ehctracker.workflow.AcquisitionPlannedForNow;

/**
 * The job executor's acquisition query as the engine sends it to PostgreSQL, run by JDBC to time it
 * alone. It is Camunda 7.24's {@code selectNextJobsToExecute} (mapping entity/Job.xml) with this
 * application's settings (application.yml): no due-date-always-set, not deployment aware, no
 * priority range, history cleanup on, exclusive jobs not over hierarchies, ordered for
 * {@code jobExecutorPreferTimerJobs} and {@code jobExecutorAcquireByDueDate}, 10 jobs a time.
 */
final class JobAcquisition {

    static final String SQL = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES"
            + " where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= ?)"
            + " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?) and RES.SUSPENSION_STATE_ = 1"
            + " and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2"
            + " where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)"
            + " and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= ?))) or RES.EXCLUSIVE_ = false)"
            + " order by RES.TYPE_ desc, RES.DUEDATE_ asc LIMIT 10 OFFSET 0";

    private final DataSource dataSource;
    private final boolean plannedForNow;

    /**
     * @param plannedForNow as the engine sends it now: each acquisition its own transaction that
     *     first runs {@link AcquisitionPlannedForNow#CUSTOM_PLANS}; false: as it did before, with
     *     PostgreSQL's default plan cache (a generic plan from the sixth prepared execution on)
     */
    JobAcquisition(DataSource dataSource, boolean plannedForNow) {
        this.dataSource = dataSource;
        this.plannedForNow = plannedForNow;
    }

    /** One acquisition query, parameters bound as the engine binds them (now); returns the milliseconds it took, rows read. */
    double once(Connection c) throws SQLException {
        long t = System.nanoTime();
        c.setAutoCommit(!plannedForNow);
        if (plannedForNow) {
            try (Statement s = c.createStatement()) {
                s.execute(AcquisitionPlannedForNow.CUSTOM_PLANS);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            bindNow(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
        if (plannedForNow) {
            c.commit();
        }
        return (System.nanoTime() - t) / 1e6;
    }

    /** {@code n} acquisition queries in a row on one connection, {@code pauseMillis} apart; their times in ms. */
    List<Double> sample(int n, long pauseMillis) throws SQLException, InterruptedException {
        List<Double> ms = new ArrayList<>(n);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < n; i++) {
                ms.add(once(c));
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        }
        return ms;
    }

    /** The plan PostgreSQL runs for it now, with its real row counts, times and buffers. */
    List<String> explain() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + SQL)) {
            bindNow(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        return lines;
    }

    private static void bindNow(PreparedStatement ps) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (int i = 1; i <= 3; i++) {
            ps.setTimestamp(i, now);
        }
    }

    static String summary(List<Double> ms) {
        return String.format("p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d queries)", Report.percentile(ms, 50), Report.percentile(ms, 95),
                ms.isEmpty() ? Double.NaN : Collections.max(ms), ms.size());
    }

    /** Runs the acquisition query every {@code everyMillis} on its own thread until closed: its times while the job executor works. */
    static final class Sampler implements AutoCloseable {

        private final List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        private final List<String> plan = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;
        private volatile boolean running = true;

        Sampler(JobAcquisition acquisition, long everyMillis) {
            thread = new Thread(() -> {
                try (Connection c = acquisition.dataSource.getConnection()) {
                    while (running) {
                        ms.add(acquisition.once(c));
                        if (ms.size() == 30) {
                            // about 3 s after the release: the timers due, the job executor at work
                            plan.addAll(acquisition.explain());
                        }
                        Thread.sleep(everyMillis);
                    }
                } catch (SQLException e) {
                    Report.line("(acquisition sampler stopped: %s)", e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "acquisition-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        List<Double> times() {
            synchronized (ms) {
                return List.copyOf(ms);
            }
        }

        /** EXPLAIN (ANALYZE, BUFFERS) of the acquisition taken once, about 3 s into the sampling (empty if it ended sooner). */
        List<String> plan() {
            synchronized (plan) {
                return List.copyOf(plan);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }
}
