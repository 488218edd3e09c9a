package uk.ehctracker.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.School;
import uk.ehctracker.review.ReviewService;

/**
 * The national load of issue 19: every plan with its live annual-review process waiting on its
 * timer. Making 640,000 plans through the import's own command runs at about 5 a second here
 * (BENCHMARKS.md), so this splits the work:
 * <ul>
 * <li><b>bulk SQL</b>: the LAs' plans without their paperwork: family, child, and the plan's case
 * (origin IMPORTED, as the import records it; no plan sections, timeline or audit entry);</li>
 * <li><b>through the application and the engine</b>: each plan's review, by the import's own
 * {@link ReviewService#startForExistingPlan}: the review's row by JPA and the real
 * {@code annual-review} process started by workflow/EngineReviewProcess with the application's
 * variables, its timers computed by the model's own expressions. Many starts per transaction, on
 * several threads.</li>
 * </ul>
 * The first LA has Kent's 20,600 plans, the others {@value #PLANS_PER_LA} (650,000 plans over 150
 * LAs is about 4,300 each). 9 in 10 reviews count from a day in the last 300 days (their window
 * opens from a week to 10 months ahead: one timer each, waiting); 1 in 10 count from about 11
 * months ago, so their window has opened: the job executor fires that timer and they wait at the
 * setting's first step with their reminder and due-date timers (reviews in progress). Resumable:
 * plans whose review is not there yet are started on the next run. PostgreSQL only.
 */
final class WaitingReviews {

    static final String LA_PREFIX = "BW";
    static final int KENT_PLANS = KentSizeLa.PLANS;
    static final int PLANS_PER_LA = 4_300;

    private final DirectoryService directory;
    private final ReviewService reviews;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    WaitingReviews(DirectoryService directory, ReviewService reviews, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Plans of the bench's review LAs (made by SQL), and of those how many have their review process. */
    long plans() {
        return jdbc.queryForObject("SELECT count(*) FROM assessment_case c JOIN local_authority la ON la.id = c.la_id"
                + " WHERE la.code LIKE '" + LA_PREFIX + "%'", Long.class);
    }

    long reviewed() {
        return jdbc.queryForObject("SELECT count(*) FROM annual_review r JOIN local_authority la ON la.id = r.la_id"
                + " WHERE la.code LIKE '" + LA_PREFIX + "%'", Long.class);
    }

    /** Process instances of the whole database waiting in the engine, and timers waiting (not yet due). */
    long waitingInstances() {
        return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL", Long.class);
    }

    long waitingTimers() {
        return jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND DUEDATE_ > now()", Long.class);
    }

    /** Inserts the plans missing up to {@code target} by SQL, LA by LA. */
    void insertPlans(long target, LocalDate today) {
        long t = System.nanoTime();
        long before = plans();
        for (int la = 1; plans() < target; la++) {
            int size = la == 1 ? KENT_PLANS : PLANS_PER_LA;
            long laId = ensureLa(la);
            long inLa = jdbc.queryForObject("SELECT count(*) FROM assessment_case WHERE la_id = ?", Long.class, laId);
            long missing = Math.min(size - inLa, target - plans());
            if (missing > 0) {
                tx.executeWithoutResult(s -> insert(laId, missing, today));
            }
        }
        long made = plans() - before;
        if (made > 0) {
            double s = (System.nanoTime() - t) / 1e9;
            Report.line("waiting reviews: %,d plans inserted by SQL (family, child, case) in %.0f s (%.0f/s)", made, s, made / s);
            jdbc.execute("ANALYZE family");
            jdbc.execute("ANALYZE child");
            jdbc.execute("ANALYZE assessment_case");
        }
    }

    private long ensureLa(int n) {
        String code = String.format("%s%03d", LA_PREFIX, n);
        List<Long> found = jdbc.queryForList("SELECT id FROM local_authority WHERE code = ?", Long.class, code);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return tx.execute(s -> {
            String site = code.toLowerCase() + ".example";
            LocalAuthority la = directory.save(new LocalAuthority(code, (n == 1 ? "Kent-size" : "Review") + " Bench Council " + n,
                    new Contact("Mediation " + code, "0300 000 0000", "mediation@" + site, "https://" + site),
                    new Contact("SENDIASS " + code, "0300 000 0001", "sendiass@" + site, "https://" + site)));
            directory.save(new School(code + "S0001", "Review Bench School " + code, "Primary", la, "office@" + site));
            return la.getId();
        });
    }

    private void insert(long laId, long n, LocalDate today) {
        String d = "DATE '" + today + "'";
        long schoolId = jdbc.queryForObject("SELECT id FROM school WHERE la_id = ? ORDER BY id LIMIT 1", Long.class, laId);
        String tag = "RB" + laId + " family ";
        long first = jdbc.queryForObject("SELECT count(*) FROM family WHERE name LIKE ?", Long.class, tag + "%");
        jdbc.update("INSERT INTO family (name, email, postcode) SELECT ? || g, NULL, 'RB1 1AA' FROM generate_series(?, ?) g",
                tag, first + 1, first + n);
        // ages 5 to 15 on the day the review counts from: annual reviews (under 5s are reviewed twice a year)
        jdbc.update("INSERT INTO child (first_name, last_name, date_of_birth, family_id, la_id, school_id, sen_status)"
                + " SELECT 'Review', 'Child ' || f.id, " + d + " - 2200 - CAST(f.id * 7 % 3650 AS INT), f.id, ?, ?, 'EHC_PLAN'"
                + " FROM family f WHERE f.name LIKE ? AND NOT EXISTS (SELECT 1 FROM child c WHERE c.family_id = f.id)",
                laId, schoolId, tag + "%");
        // the plan as the import records it (AssessmentCase.existingPlan): issued, its 20 weeks not counted
        jdbc.update("INSERT INTO assessment_case (child_id, la_id, school_id, requested_by, requester_name, received_on, reasons, stage,"
                + " final_plan_issued_on, final_plan_sent_on, named_placement, origin, import_ref, final_plan_timing, created_at, version)"
                + " SELECT ch.id, ch.la_id, ch.school_id, 'OTHER', 'bench import', p.issued, 'An EHC plan made before the tracker.',"
                + " 'PLAN_ISSUED', p.issued, p.issued, 'Review Bench School', 'IMPORTED', 'RB' || ch.id, 'NOT_COUNTED', now(), 0"
                + " FROM child ch CROSS JOIN LATERAL (SELECT " + d + " - 400 - CAST(365 * (ch.id % 8) AS INT) AS issued) p"
                + " WHERE ch.la_id = ? AND NOT EXISTS (SELECT 1 FROM assessment_case c WHERE c.child_id = ch.id)", laId);
    }

    /** One plan whose review is still to start, with the day its last review was held. */
    private record Pending(long caseId, long childId, LocalDate planDate, LocalDate lastReviewedOn) {
    }

    private List<Pending> pending(LocalDate today) {
        String d = "DATE '" + today + "'";
        // CFA s44(1): the next review is due within 12 months of the last one
        return jdbc.query("SELECT c.id, c.child_id, c.final_plan_issued_on,"
                + " CASE WHEN c.id % 10 = 0 THEN " + d + " - 330 - CAST(c.id % 15 AS INT) ELSE " + d + " - CAST(c.id * 13 % 300 AS INT) END"
                + " FROM assessment_case c JOIN local_authority la ON la.id = c.la_id WHERE la.code LIKE '" + LA_PREFIX + "%'"
                + " AND NOT EXISTS (SELECT 1 FROM annual_review r WHERE r.case_id = c.id) ORDER BY c.id",
                (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
    }

    /**
     * Starts the review process of every plan that has none, {@code perTransaction} plans to a
     * transaction on {@code threads} threads, until done or {@code maxMinutes} have passed;
     * prints progress and rate each half minute. Returns the starts made.
     */
    int startReviews(LocalDate today, int threads, int perTransaction, int maxMinutes) throws Exception {
        List<Pending> todo = pending(today);
        if (todo.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(maxMinutes);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Report.line("waiting reviews: starting %,d review processes through ReviewService.startForExistingPlan, %d per transaction,"
                + " %d threads, for at most %d min", todo.size(), perTransaction, threads, maxMinutes);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int from = 0; from < todo.size(); from += perTransaction) {
                List<Pending> batch = todo.subList(from, Math.min(todo.size(), from + perTransaction));
                fs.add(pool.submit(() -> {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                    tx.executeWithoutResult(s -> batch.forEach(p -> reviews.startForExistingPlan(p.caseId(), p.childId(), p.planDate(),
                            p.lastReviewedOn())));
                    done.addAndGet(batch.size());
                }));
            }
            long nextReport = System.nanoTime() + 30_000_000_000L;
            for (Future<?> f : fs) {
                while (true) {
                    try {
                        f.get(1, TimeUnit.SECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        if (System.nanoTime() > nextReport) {
                            nextReport = System.nanoTime() + 30_000_000_000L;
                            double s = (System.nanoTime() - start) / 1e9;
                            Report.line("  waiting reviews: %,d of %,d started in %.0f s, %.1f/s (load %s)", done.get(), todo.size(), s,
                                    done.get() / s, load());
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double s = (System.nanoTime() - start) / 1e9;
        Report.line("waiting reviews: %,d review processes started through the engine in %.0f s: %.1f/s (%d threads, %d per transaction;"
                + " load %s)%s", done.get(), s, done.get() / s, threads, perTransaction, load(),
                done.get() < todo.size() ? String.format("; stopped at the time limit, %,d left for the next run", todo.size() - done.get()) : "");
        return done.get();
    }

    /** What the engine holds now, and the database's size. */
    void describe() {
        Report.line("waiting reviews: %,d bench plans, %,d with their review; engine: %,d process instances, %,d timers waiting (due later),"
                + " %,d jobs in all; database %s", plans(), reviewed(), waitingInstances(), waitingTimers(),
                jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB", Long.class),
                jdbc.queryForObject("SELECT pg_size_pretty(pg_database_size(current_database()))", String.class));
        Report.line("  timers waiting by month due: %s", String.join(", ", jdbc.queryForList("SELECT m || '=' || n FROM (SELECT"
                + " to_char(date_trunc('month', DUEDATE_), 'YYYY-MM') m, count(*) n FROM ACT_RU_JOB WHERE TYPE_ = 'timer' GROUP BY 1) t ORDER BY m",
                String.class)));
        Report.line("  review executions at: %s", String.join(", ", jdbc.queryForList("SELECT a || '=' || n FROM (SELECT ACT_ID_ a, count(*) n"
                + " FROM ACT_RU_EXECUTION WHERE ACT_ID_ IS NOT NULL AND PROC_DEF_ID_ LIKE 'annual-review:%' GROUP BY ACT_ID_) t ORDER BY a",
                String.class)));
    }

    /** The host's load average over 1 and 5 minutes (the machine is shared). */
    static String load() {
        try {
            String[] avg = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
            return avg[0] + " " + avg[1];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
