package uk.ehctracker.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.workflow.ProcessNames;

/**
 * Makes many timers due at once, on every node: the process model's timer job definitions are
 * suspended, so the timers of new cases are created suspended; cases are made through the
 * services with dates in the past (received 150 days ago, assessed the next day, so about 14
 * timers each: advice chasers and limits, the 16- and 20-week reminders and limits); then one
 * update activates them all. Each run's timers are listed in {@code bench_timer}.
 */
final class DueTimers {

    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AssessmentService assessments;
    private final BenchWorld world;

    DueTimers(ManagementService management, JdbcTemplate jdbc, TransactionTemplate tx, AssessmentService assessments, BenchWorld world) {
        this.management = management;
        this.jdbc = jdbc;
        this.tx = tx;
        this.assessments = assessments;
        this.world = world;
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_timer (run VARCHAR(40) NOT NULL, job_id VARCHAR(64) NOT NULL, case_id BIGINT NOT NULL)");
        // polled while the timers fire: without it each poll read every earlier run's rows too
        // (17 M rows in 15 s), database CPU taken from the nodes being measured
        jdbc.execute("CREATE INDEX IF NOT EXISTS bench_timer_run ON bench_timer (run)");
    }

    List<String> timerDefinitions() {
        return management.createJobDefinitionQuery().processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS).list().stream()
                .filter(d -> d.getJobType().startsWith("timer")).map(JobDefinition::getId).toList();
    }

    void hold() {
        for (String id : timerDefinitions()) {
            management.updateJobDefinitionSuspensionState().byJobDefinitionId(id).includeJobs(false).suspend();
        }
    }

    /** Activates the held definitions and their suspended jobs: every held timer is due from this instant. */
    void release() {
        for (String id : timerDefinitions()) {
            management.updateJobDefinitionSuspensionState().byJobDefinitionId(id).includeJobs(true).activate();
        }
    }

    int heldDue() {
        return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB WHERE SUSPENSION_STATE_ = 2 AND TYPE_ = 'timer'"
                + " AND DUEDATE_ <= now()", Integer.class);
    }

    /** Creates held cases on {@code threads} threads until at least {@code target} held timers are due; lists them under {@code run}. */
    int create(String run, int target, int threads, LocalDate today) throws Exception {
        hold();
        CurrentUser cw = world.caseworker();
        AtomicInteger made = new AtomicInteger();
        // on a nearly empty database the planner's statistics know none of the rows the round makes
        // (autovacuum is off on this machine) and every insert's key checks scan: the round's first
        // batch is analysed and the rest planned from it
        boolean analyzed = jdbc.queryForObject("SELECT count(*) FROM ACT_RU_EXECUTION", Long.class) > 10_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            while (heldDue() < target) {
                int missing = target - heldDue();
                int cases = Math.max(threads, Math.min(200, missing / 14 + 1));
                List<Long> children = world.children(cases, today);
                List<Future<?>> fs = new java.util.ArrayList<>();
                for (Long child : children) {
                    fs.add(pool.submit(() -> {
                        tx.executeWithoutResult(s -> {
                            long id = assessments.submitRequest(new Commands.NewRequest(child, RequestedBy.PARENT, today.minusDays(150),
                                    "Benchmark: many timers due at once.", "Bench family", null), cw).getId();
                            assessments.decideWhetherToAssess(id, new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                                    Set.of("NATURE_OF_SEN"), Set.of(), "Benchmark: assess.", today.minusDays(149)), cw);
                        });
                        made.incrementAndGet();
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
                if (heldDue() == 0) {
                    throw new IllegalStateException("Timers of new cases were not created suspended: the measurement would be wrong");
                }
                if (!analyzed) {
                    jdbc.execute("ANALYZE");
                    analyzed = true;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        jdbc.update("INSERT INTO bench_timer (run, job_id, case_id) SELECT ?, j.ID_, CAST(e.BUSINESS_KEY_ AS BIGINT)"
                + " FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_"
                + " WHERE j.SUSPENSION_STATE_ = 2 AND j.TYPE_ = 'timer' AND j.DUEDATE_ <= now()", run);
        return made.get();
    }

    int count(String run) {
        return jdbc.queryForObject("SELECT count(*) FROM bench_timer WHERE run = ?", Integer.class, run);
    }

    /** Timers of the run not yet fired (still in ACT_RU_JOB, not failed). */
    int waiting(String run) {
        return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB j JOIN bench_timer b ON b.job_id = j.ID_"
                + " WHERE b.run = ? AND j.EXCEPTION_MSG_ IS NULL", Integer.class, run);
    }

    /**
     * Whether any timer of the run is still to fire: polled while they fire, so it stops at the
     * first one found and reads at most the run's own jobs by key. A count joined the run to the
     * whole job table (83 ms at 129,000 jobs, 9,300 blocks, growing with the jobs waiting) and took
     * a share of the CPU it measures.
     */
    boolean anyWaiting(String run) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM bench_timer b JOIN ACT_RU_JOB j ON j.ID_ = b.job_id"
                + " WHERE b.run = ? AND j.EXCEPTION_MSG_ IS NULL)", Boolean.class, run));
    }

    int failed(String run) {
        return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB j JOIN bench_timer b ON b.job_id = j.ID_"
                + " WHERE b.run = ? AND j.EXCEPTION_MSG_ IS NOT NULL", Integer.class, run);
    }

    /** Successful executions per job from the engine's job log: how many fired, on which node, and how many twice. */
    String firings(String run) {
        Integer fired = jdbc.queryForObject("SELECT count(DISTINCT l.JOB_ID_) FROM ACT_HI_JOB_LOG l JOIN bench_timer b ON b.job_id = l.JOB_ID_"
                + " WHERE b.run = ? AND l.JOB_STATE_ = 2", Integer.class, run);
        List<String> byNode = jdbc.queryForList("SELECT coalesce(l.HOSTNAME_, '?') || '=' || count(*) FROM ACT_HI_JOB_LOG l"
                + " JOIN bench_timer b ON b.job_id = l.JOB_ID_ WHERE b.run = ? AND l.JOB_STATE_ = 2 GROUP BY l.HOSTNAME_ ORDER BY 1", String.class, run);
        return String.format("fired %,d (by node: %s), fired twice per job log: %d, duplicate REMINDER timeline rows (same case, same text): %d",
                fired, String.join(", ", byNode), jobsFiredTwice(run), duplicateReminders(run));
    }

    /** Jobs that fired twice plus reminders recorded twice: zero when every timer fired exactly once. */
    int firedTwice(String run) {
        return jobsFiredTwice(run) + duplicateReminders(run);
    }

    private int jobsFiredTwice(String run) {
        return jdbc.queryForObject("SELECT count(*) FROM (SELECT l.JOB_ID_ FROM ACT_HI_JOB_LOG l JOIN bench_timer b ON b.job_id = l.JOB_ID_"
                + " WHERE b.run = ? AND l.JOB_STATE_ = 2 GROUP BY l.JOB_ID_ HAVING count(*) > 1) t", Integer.class, run);
    }

    private int duplicateReminders(String run) {
        return jdbc.queryForObject("SELECT count(*) FROM (SELECT e.case_id FROM case_event e"
                + " WHERE e.case_id IN (SELECT DISTINCT case_id FROM bench_timer WHERE run = ?) AND e.kind = 'REMINDER'"
                + " GROUP BY e.case_id, e.kind, e.text HAVING count(*) > 1) t", Integer.class, run);
    }

    /** Active jobs due now that the job executor will run. */
    int dueNow() {
        return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB WHERE SUSPENSION_STATE_ = 1 AND DUEDATE_ <= now()"
                + " AND RETRIES_ > 0 AND EXCEPTION_MSG_ IS NULL", Integer.class);
    }

    /** Waits until no active timer anywhere is past due (a backlog would be measured with ours); returns how many were left. */
    int awaitNoBacklog(long maxMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + maxMillis;
        int due;
        while ((due = dueNow()) > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(1000);
        }
        return due;
    }

    /**
     * Lets the data set's past-due timers fire before a measurement (a generated data set has
     * them: the generator runs without a job executor) and reports how long that took.
     */
    void drainBacklog(long maxMillis) throws InterruptedException {
        int before = dueNow();
        if (before == 0) {
            return;
        }
        long t = System.nanoTime();
        int left = awaitNoBacklog(maxMillis);
        double s = (System.nanoTime() - t) / 1e9;
        Report.line("backlog: %,d past-due timers of the data set fired in %.0f s (%.0f/s) before measuring; %,d left",
                before - left, s, (before - left) / s, left);
    }

    /** Activates the held timers and returns the seconds until all of the run's timers have fired. */
    double releaseAndTime(String run, long maxMillis) throws InterruptedException {
        long start = System.nanoTime();
        release();
        // the job table as autovacuum keeps it (this machine runs with autovacuum off): statistics
        // that know these jobs (without, the acquisition is planned for a handful of due jobs and
        // sorts every due job each time) and without the dead rows of earlier rounds
        jdbc.execute("VACUUM ANALYZE ACT_RU_JOB");
        while (anyWaiting(run) && (System.nanoTime() - start) / 1_000_000 < maxMillis) {
            Thread.sleep(500);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
