package uk.ehctracker.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.workflow.ProcessNames;

/** A plan issued before reviews were recorded gets its first review, counted from the plan (CFA s44(1)). */
@ApplicationTest
class ReviewsForEarlierPlansTest {

    @Autowired ApplicationContext context;
    @Autowired ReviewsForEarlierPlans earlierPlans;
    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TestPeople people;

    @Test
    void aPlanWithoutAReview_getsItsFirst_dueTwelveMonthsFromThePlan_once() {
        LocalDate planDate = LocalDate.of(2025, 3, 31);
        long caseId = new UiCases(context).planIssuedOn(planDate, LocalDate.of(2014, 10, 1)).getId();
        // as a plan issued before V30: no review, no process
        long reviewId = reviews.view(caseId, people.user("caseworker")).orElseThrow().id();
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviewId)).singleResult().getId(), "as before reviews were recorded");
        jdbc.update("DELETE FROM annual_review WHERE case_id = ?", caseId);

        assertThat(earlierPlans.startMissing()).isGreaterThanOrEqualTo(1);
        ReviewService.View first = reviews.view(caseId, people.user("caseworker")).orElseThrow();
        assertThat(first.cycle()).isEqualTo(1);
        // 31 March 2025 + 12 months = 31 March 2026; the child (Year 6 in 2025/26) moves in September 2026,
        // whose reg 18(1)(b) deadline, before 15 February 2026 (so 14 February), is earlier
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(first.reviewDueBy()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(earlierPlans.startMissing()).isZero();
    }
}
