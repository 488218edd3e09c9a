package uk.ehctracker.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.workflow.ProcessNames;

/**
 * A plan issued before reviews were recorded gets its first review, counted from the plan (CFA
 * s44(1)): once, in the background after start-up, in batches; a case locked by a command or by
 * another node is passed, not waited for.
 */
@ApplicationTest
class ReviewsForEarlierPlansTest {

    @Autowired ApplicationContext context;
    @Autowired ReviewsForEarlierPlans earlierPlans;
    @Autowired ReviewService reviews;
    @Autowired AnnualReviewRepository reviewRecords;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TestPeople people;

    @Test
    void aPlanWithoutAReview_getsItsFirst_dueTwelveMonthsFromThePlan_once() {
        long caseId = planWithoutReview(LocalDate.of(2025, 3, 31), LocalDate.of(2014, 10, 1));

        assertThat(earlierPlans.startMissing()).isGreaterThanOrEqualTo(1);
        ReviewService.View first = reviews.view(caseId, people.user("caseworker")).orElseThrow();
        assertThat(first.cycle()).isEqualTo(1);
        // 31 March 2025 + 12 months = 31 March 2026; the child (Year 6 in 2025/26) moves in September 2026,
        // whose reg 18(1)(b) deadline, before 15 February 2026 (so 14 February), is earlier
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(first.reviewDueBy()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(earlierPlans.startMissing()).isZero();
    }

    @Test
    void aPlanWhoseCaseACommandHoldsLocked_isPassedWithoutWaiting_andStartedAtTheNextRun() throws Exception {
        long locked = planWithoutReview(LocalDate.of(2025, 7, 1), LocalDate.of(2016, 1, 1));
        long free = planWithoutReview(LocalDate.of(2025, 7, 2), LocalDate.of(2016, 1, 1));
        var held = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var command = Executors.newSingleThreadExecutor();
        try {
            // as a caseworker's command on that case, in its transaction (AssessmentCaseRepository.lock)
            var holding = command.submit(() -> transaction.executeWithoutResult(t -> {
                jdbc.queryForList("SELECT id FROM assessment_case WHERE id = ? FOR UPDATE", locked);
                held.countDown();
                try {
                    release.await(2, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            held.await();

            // a run that waited for the lock would never end while the command holds it
            CompletableFuture.supplyAsync(earlierPlans::startMissing).get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(reviews.view(free, people.user("caseworker"))).isPresent();
            assertThat(reviews.view(locked, people.user("caseworker"))).isEmpty();
            release.countDown();
            holding.get();
        } finally {
            release.countDown();
            command.shutdown();
        }
        earlierPlans.startMissing();
        assertThat(reviews.view(locked, people.user("caseworker"))).isPresent();
    }

    @Test
    void twoNodesStartingAtOnce_leaveEveryPlanWithOneReviewAndOneProcess() throws Exception {
        List<Long> plans = IntStream.range(0, 7)
                .mapToObj(i -> planWithoutReview(LocalDate.of(2025, 6, 1).plusDays(i), LocalDate.of(2016, 1, 1))).toList();

        var pool = Executors.newFixedThreadPool(2);
        try {
            // batches of 2, so the two interleave
            var nodeA = CompletableFuture.supplyAsync(() -> earlierPlans.startMissing(2), pool);
            var nodeB = CompletableFuture.supplyAsync(() -> earlierPlans.startMissing(2), pool);
            assertThat(nodeA.get() + nodeB.get()).isGreaterThanOrEqualTo(plans.size());
        } finally {
            pool.shutdown();
        }

        for (long caseId : plans) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM annual_review WHERE case_id = ?", Long.class, caseId))
                    .as("reviews of case %d", caseId).isEqualTo(1);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                    .variableValueEquals(ProcessNames.Variables.CASE_ID, caseId).count()).as("review processes of case %d", caseId).isEqualTo(1);
        }
    }

    @Test
    void aPlanWhoseReviewCannotStart_isLeftForTheNextStart_andTheOthersGoOn() {
        long before = planWithoutReview(LocalDate.of(2025, 5, 1), LocalDate.of(2015, 1, 1));
        long broken = planWithoutReview(LocalDate.of(2025, 5, 2), LocalDate.of(2015, 1, 1));
        long after = planWithoutReview(LocalDate.of(2025, 5, 3), LocalDate.of(2015, 1, 1));
        // the real service, but the middle plan's review fails as a damaged record would
        ReviewService service = mock(ReviewService.class);
        doAnswer(call -> {
            reviews.planIssued(call.getArgument(0));
            return null;
        }).when(service).planIssued(any());
        doThrow(new IllegalStateException("as a plan whose record is damaged"))
                .when(service).planIssued(argThat(plan -> plan != null && plan.caseId() == broken));

        int started = new ReviewsForEarlierPlans(reviewRecords, service, transaction, false).startMissing();

        assertThat(started).isGreaterThanOrEqualTo(2);
        assertThat(reviews.view(before, people.user("caseworker"))).isPresent();
        assertThat(reviews.view(broken, people.user("caseworker"))).isEmpty();
        assertThat(reviews.view(after, people.user("caseworker"))).isPresent();
        // the next start starts it
        earlierPlans.startMissing();
        assertThat(reviews.view(broken, people.user("caseworker"))).isPresent();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM annual_review WHERE case_id IN (?, ?, ?)", Long.class, before, broken, after))
                .isEqualTo(3);
    }

    @Test
    void afterStartUp_theReviewsStartInTheBackground_andStopWhenTheApplicationStops() throws Exception {
        long caseId = planWithoutReview(LocalDate.of(2025, 9, 1), LocalDate.of(2015, 1, 1));
        var background = new ReviewsForEarlierPlans(reviewRecords, reviews, transaction, true);

        background.startInBackground();
        // a background thread, not the engine's clock: wait for what it writes
        long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reviews.view(caseId, people.user("caseworker")).isEmpty() && System.nanoTime() < waitUntil) {
            Thread.sleep(50);
        }
        background.stop();

        assertThat(reviews.view(caseId, people.user("caseworker"))).isPresent();
        assertThat(background.isRunning()).isFalse();
    }

    /** A plan as issued before the tracker recorded reviews: no review, no review process. */
    private long planWithoutReview(LocalDate planDate, LocalDate dateOfBirth) {
        long caseId = new UiCases(context).planIssuedOn(planDate, dateOfBirth).getId();
        long reviewId = reviews.view(caseId, people.user("caseworker")).orElseThrow().id();
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviewId)).singleResult().getId(), "as before reviews were recorded");
        jdbc.update("DELETE FROM annual_review WHERE case_id = ?", caseId);
        return caseId;
    }
}
