package uk.ehctracker.generator;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.common.Databases;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Runs the generator when the {@code generate} profile is active (see BENCHMARKS.md):
 * <ol>
 *   <li>{@code las}: each LA with its schools and staff, one transaction each;</li>
 *   <li>{@code existing-plans}: plans made before the generated years, as an LA imports them (each child, the
 *   case of their plan and its next review with its timers, some reviews in progress), {@value #PLAN_CHUNK}
 *   per transaction;</li>
 *   <li>{@code requests}: the generated years' requests, newest first, one transaction each, through
 *   the services. Newest first so that a run stopped part-way holds the open caseload (the
 *   requests of the last months, spread over every LA) that work lists and timers depend on.</li>
 * </ol>
 * Each unit commits with its row in {@code generator_progress}; a re-run skips what is done. The
 * application exits when the generator has finished (unless {@code ehc.generate.exit-when-done=false}).
 */
@Component
@Profile("generate")
@EnableConfigurationProperties(GeneratorProperties.class)
class GeneratorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);
    static final int PLAN_CHUNK = 100;
    static final String PLANS = "existing-plans";

    private final GeneratorProperties props;
    private final GeneratorProgress progress;
    private final GeneratedDirectory directory;
    private final GeneratedCases cases;
    private final GeneratedPlans plans;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationContext context;
    private final PrintStream out = System.out;

    GeneratorRunner(GeneratorProperties props, GeneratorProgress progress, GeneratedDirectory directory, GeneratedCases cases,
            GeneratedPlans plans, PlatformTransactionManager transactions, DataSource dataSource, Clock clock, ApplicationContext context) {
        this.props = props;
        this.progress = progress;
        this.directory = directory;
        this.cases = cases;
        this.plans = plans;
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        progress.createTable();
        LocalDate today = StatutoryClock.today(clock);
        out.printf("%nGenerating: %d LAs, %,d children with plans (%s), %d years x %,d requests (%,d), %d threads%n",
                props.las(), props.children(), props.largestLaPlans() > 0 ? String.format("%,d in the largest LA", props.largestLaPlans())
                        : "spread evenly", props.years(), props.requestsPerYear(), props.totalRequests(), props.threads());
        long started = System.nanoTime();
        localAuthorities();
        Map<Integer, GeneratedDirectory.LaRef> las = directory.laRefs(props.las());
        plans(las, today);
        Map<GeneratedCases.Outcome, AtomicInteger> outcomes = requests(las, today);
        analyze();
        out.printf("Generated in %,.0f s. Outcomes this run: %s%n", (System.nanoTime() - started) / 1e9, outcomes);
        summary();
        if (props.exitWhenDone()) {
            int code = SpringApplication.exit(context, () -> 0);
            System.exit(code);
        }
    }

    private void localAuthorities() {
        Set<Long> done = progress.done("las");
        ProgressBar bar = new ProgressBar("LAs", props.las(), done.size(), out);
        for (int i = 0; i < props.las(); i++) {
            if (done.contains((long) i)) {
                continue;
            }
            int index = i;
            tx.executeWithoutResult(s -> {
                directory.localAuthority(index, props);
                progress.markDone("las", index);
            });
            bar.step(1);
        }
        bar.finish();
    }

    private void plans(Map<Integer, GeneratedDirectory.LaRef> las, LocalDate today) throws Exception {
        long chunks = (props.children() + PLAN_CHUNK - 1) / PLAN_CHUNK;
        Set<Long> done = progress.done(PLANS);
        Map<String, AtomicInteger> stages = new java.util.concurrent.ConcurrentHashMap<>();
        ProgressBar bar = new ProgressBar("plans", props.children(), Math.min(props.children(), done.size() * (long) PLAN_CHUNK), out);
        parallel(chunks, done, chunk -> {
            long first = chunk * PLAN_CHUNK;
            int count = (int) Math.min(PLAN_CHUNK, props.children() - first);
            Map<String, Integer> chunkStages = tx.execute(s -> {
                Map<String, Integer> left = new java.util.HashMap<>();
                for (long i = first; i < first + count; i++) {
                    GeneratedPlans.Stage stage = plans.plan(i, las.get(props.laOfPlan(i)), today, props.seed());
                    left.merge(stage == null ? "before its window" : stage.name().toLowerCase(), 1, Integer::sum);
                }
                progress.markDone(PLANS, chunk);
                return left;
            });
            chunkStages.forEach((k, v) -> stages.computeIfAbsent(k, x -> new AtomicInteger()).addAndGet(v));
            bar.step(count);
        });
        bar.finish();
        out.printf("Plans with their reviews: %,.1f a second this run; reviews left at: %s%n", bar.rate(), new java.util.TreeMap<>(stages));
    }

    private Map<GeneratedCases.Outcome, AtomicInteger> requests(Map<Integer, GeneratedDirectory.LaRef> las, LocalDate today) throws Exception {
        long total = props.totalRequests();
        // unit u is request number total-1-u: the newest first
        Set<Long> done = progress.done("requests").stream().map(r -> total - 1 - r).collect(java.util.stream.Collectors.toSet());
        Map<GeneratedCases.Outcome, AtomicInteger> outcomes = new EnumMap<>(GeneratedCases.Outcome.class);
        for (GeneratedCases.Outcome o : GeneratedCases.Outcome.values()) {
            outcomes.put(o, new AtomicInteger());
        }
        AtomicLong failures = new AtomicLong();
        ProgressBar bar = new ProgressBar("requests", total, done.size(), out);
        parallel(total, done, unit -> {
            long r = total - 1 - unit;
            GeneratedDirectory.LaRef la = las.get((int) (r % las.size()));
            try {
                GeneratedCases.Outcome o = tx.execute(s -> {
                    GeneratedCases.Outcome outcome = cases.request(r, total, props.years(), la, today, props.seed());
                    progress.markDone("requests", r);
                    return outcome;
                });
                outcomes.get(o).incrementAndGet();
            } catch (RuntimeException e) {
                if (failures.incrementAndGet() <= 5) {
                    log.warn("Request {} failed (it will be tried again on the next run)", r, e);
                }
            }
            bar.step(1);
        });
        bar.finish();
        if (failures.get() > 0) {
            out.printf("%,d requests failed; run the generator again to retry them%n", failures.get());
        }
        return outcomes;
    }

    /** Runs the units not yet done on {@code threads} threads, in order of their number. */
    private void parallel(long units, Set<Long> done, Unit work) throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(props.threads());
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < props.threads(); t++) {
            futures.add(pool.submit(() -> {
                for (long u = next.getAndIncrement(); u < units; u = next.getAndIncrement()) {
                    if (!done.contains(u)) {
                        work.run(u);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void analyze() {
        try {
            if (Databases.isPostgres(jdbc)) {
                jdbc.execute("ANALYZE");
            }
        } catch (RuntimeException e) {
            log.debug("No ANALYZE: {}", e.getMessage());
        }
    }

    private void summary() {
        out.println("Database now holds:");
        for (String q : List.of(
                "SELECT 'local authorities', count(*) FROM local_authority",
                "SELECT 'children with plans', count(*) FROM child WHERE sen_status = 'EHC_PLAN'",
                "SELECT 'plans in the largest LA', coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM assessment_case"
                        + " WHERE final_plan_issued_on IS NOT NULL GROUP BY la_id) p",
                "SELECT 'reviews', count(*) FROM annual_review",
                "SELECT 'reviews overdue (due date passed, no meeting)', count(*) FROM annual_review WHERE due_on < CURRENT_DATE"
                        + " AND meeting_held_on IS NULL",
                "SELECT 'cases', count(*) FROM assessment_case",
                "SELECT 'open cases', count(*) FROM assessment_case WHERE next_due_on IS NOT NULL",
                "SELECT 'plans issued within 20 weeks (%)', round(100.0 * sum(CASE WHEN done_on <= due_on THEN 1 ELSE 0 END)"
                        + " / greatest(count(*), 1), 1) FROM milestone WHERE time_limit = 'FINAL_PLAN' AND done_on IS NOT NULL",
                "SELECT 'letters', count(*) FROM letter",
                "SELECT 'engine jobs (timers waiting)', count(*) FROM ACT_RU_JOB")) {
            try {
                jdbc.query(q, rs -> {
                    out.printf("  %-36s %,.1f%n", rs.getString(1), rs.getDouble(2));
                });
            } catch (RuntimeException e) {
                out.printf("  (%s: %s)%n", q, e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Unit {
        void run(long unit) throws Exception;
    }
}
