package uk.ehctracker.review;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.FinalPlanIssued;

/**
 * Plans issued before the tracker recorded reviews have none: each gets its first review, counted
 * from the plan's date (CFA s44(1)), as if it had just been issued. A plan whose review was due
 * long ago shows at once as overdue.
 *
 * <p>It runs in the background once the application serves, {@value #BATCH} plans to a
 * transaction: a council upgrading with 20,000 such plans waited about 7 minutes at start-up when
 * this ran before serving, one plan at a time, and a national set would have waited hours. A stop
 * between batches loses nothing (the next start goes on where it stopped). Each batch locks its
 * plans and skips those locked elsewhere (another node's batch, or a command on that case just
 * then), so several nodes share the work; a plan skipped is taken by a later pass. A plan whose
 * review cannot be started is logged and left for the next start; the others go on. Off in the
 * tests' profile, whose plans all start their review as they are issued.
 */
@Component
public class ReviewsForEarlierPlans {

    static final int BATCH = 50;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private static final Logger log = LoggerFactory.getLogger(ReviewsForEarlierPlans.class);

    private final AnnualReviewRepository reviews;
    private final ReviewService service;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private volatile boolean stopping;
    private volatile Thread worker;

    ReviewsForEarlierPlans(AnnualReviewRepository reviews, ReviewService service, TransactionTemplate transaction,
            @Value("${ehc.reviews.start-for-earlier-plans:true}") boolean enabled) {
        this.reviews = reviews;
        this.service = service;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        if (!enabled) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                startMissing();
            } catch (RuntimeException e) {
                log.error("Starting the first reviews of earlier plans stopped; the next start goes on from there", e);
            }
        }, "reviews-for-earlier-plans");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Lets the batch in hand finish (its own transaction), then stops: nothing is half written. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        Thread t = worker;
        if (t != null) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** Starts the first review of every plan that has none, {@value #BATCH} to a transaction; returns how many. */
    public int startMissing() {
        return startMissing(BATCH);
    }

    /** Whether the background work is still going. */
    boolean isRunning() {
        Thread t = worker;
        return t != null && t.isAlive();
    }

    int startMissing(int batchSize) {
        long total = reviews.countPlansWithoutReview();
        if (total == 0) {
            return 0;
        }
        log.info("Starting the first annual review of {} plan(s) issued before reviews were recorded, in the background", total);
        long began = System.nanoTime();
        long nextProgress = began + PROGRESS_EVERY_NANOS;
        int started = 0;
        int failed;
        long left;
        do {
            // a pass from the first case on; plans locked elsewhere during it are left to the next pass
            int startedInPass = 0;
            failed = 0;
            long afterId = 0;
            while (!stopping) {
                Batch batch = nextBatch(afterId, batchSize);
                if (batch.seen() == 0) {
                    break;
                }
                afterId = batch.lastId();
                startedInPass += batch.started();
                failed += batch.failed();
                if (System.nanoTime() > nextProgress) {
                    nextProgress = System.nanoTime() + PROGRESS_EVERY_NANOS;
                    log.info("First annual reviews of earlier plans: {} of {} started", started + startedInPass, total);
                }
            }
            started += startedInPass;
            left = reviews.countPlansWithoutReview();
            // another pass only while one still gets somewhere: what is left then failed or stays locked
            if (startedInPass == 0) {
                break;
            }
        } while (!stopping && left > failed);
        log.info("First annual reviews of earlier plans: {} started in {} s{}{}", started,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began),
                left == 0 ? "" : ", " + left + " left (" + failed + " could not be started, logged above), tried again at the next start",
                stopping ? "; stopped before the end, the next start goes on" : "");
        return started;
    }

    /** What one batch did: the plans it read, started and could not start, and the last case id it read. */
    private record Batch(int seen, int started, int failed, long lastId) {
    }

    /** The next plans after {@code afterId} in one transaction; if one of them fails, each plan of the batch in its own. */
    private Batch nextBatch(long afterId, int batchSize) {
        try {
            return transaction.execute(t -> {
                List<Object[]> plans = reviews.nextPlansWithoutReview(afterId, batchSize);
                plans.forEach(this::startFirstReview);
                return new Batch(plans.size(), plans.size(), 0, plans.isEmpty() ? afterId : caseId(plans.get(plans.size() - 1)));
            });
        } catch (RuntimeException batchFailed) {
            return onePlanAtATime(afterId, batchSize);
        }
    }

    private Batch onePlanAtATime(long afterId, int batchSize) {
        int seen = 0;
        int started = 0;
        long lastId = afterId;
        while (seen < batchSize && !stopping) {
            long after = lastId;
            long[] tried = {after};
            try {
                transaction.executeWithoutResult(t -> reviews.nextPlansWithoutReview(after, 1).forEach(plan -> {
                    tried[0] = caseId(plan);
                    startFirstReview(plan);
                }));
                if (tried[0] != after) {
                    started++;
                }
            } catch (RuntimeException e) {
                if (tried[0] == after) {
                    // not a plan's fault (the query itself failed: the database is away): stop the run
                    throw e;
                }
                // this plan's own fault: its transaction rolled back; skip it and go on with the next
                log.warn("Could not start the first review of the plan of case {}: {}", tried[0], e.toString());
            }
            if (tried[0] == after) {
                break;
            }
            lastId = tried[0];
            seen++;
        }
        return new Batch(seen, started, seen - started, lastId);
    }

    private void startFirstReview(Object[] plan) {
        long caseId = caseId(plan);
        LocalDate planDate = date(plan[1]);
        service.planIssued(new FinalPlanIssued(caseId, AssessmentCase.reference(caseId), ((Number) plan[2]).longValue(),
                planDate, planDate));
    }

    private static long caseId(Object[] plan) {
        return ((Number) plan[0]).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
