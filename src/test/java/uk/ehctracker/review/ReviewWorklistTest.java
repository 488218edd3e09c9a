package uk.ehctracker.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.review.ReviewWorklist.ReviewList;
import uk.ehctracker.review.ReviewWorklist.ReviewRow;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * The reviews list is read a page at a time from the database: the pages add up to the whole list
 * in its order (nearest statutory date first), its count stops at the cap and says "more than",
 * another LA's caseworker and a parent are given none of its rows, and a review leaves the list
 * when it is decided.
 */
@ApplicationTest
class ReviewWorklistTest {

    @Autowired ApplicationContext context;
    @Autowired ReviewWorklist worklist;
    @Autowired ReviewService reviews;
    @Autowired TestPeople people;

    @Test
    void pagesAddUpToTheWholeListInItsOrder_theCountIsCapped_andAnotherLaSeesNone() {
        UiCases cases = new UiCases(context);
        LocalDate today = cases.today();
        // four plans of a child of 8 made 335 to 370 days ago: their reviews are due in 30 days down to 5 days ago
        List<Long> ours = Stream.of(335, 370, 345, 355)
                .map(days -> cases.planIssuedOn(today.minusDays(days), today.minusYears(8)).getId()).toList();
        CurrentUser caseworker = people.user("caseworker");

        List<ReviewRow> whole = worklist.rows(caseworker, null, 0, 1000);
        assertThat(whole).extracting(ReviewRow::caseId).containsAll(ours).doesNotHaveDuplicates();
        assertThat(whole).extracting(ReviewRow::nextDate).isSorted();
        List<ReviewRow> paged = new ArrayList<>();
        for (int offset = 0; offset <= whole.size(); offset += 3) {
            paged.addAll(worklist.rows(caseworker, null, offset, 3));
        }
        assertThat(paged).isEqualTo(whole);

        int n = whole.size();
        assertThat(worklist.count(caseworker, null, 1000)).isEqualTo(new CappedCount(n, false));
        assertThat(worklist.count(caseworker, null, n)).isEqualTo(new CappedCount(n, false));
        CappedCount capped = worklist.count(caseworker, null, n - 1);
        assertThat(capped).isEqualTo(new CappedCount(n - 1, true));
        assertThat(capped.words("review", "reviews")).isEqualTo("more than " + (n - 1) + " reviews");

        List<ReviewRow> overdue = worklist.rows(caseworker, ReviewList.OVERDUE, 0, 1000);
        assertThat(overdue).extracting(ReviewRow::caseId).contains(ours.get(1)).doesNotContain(ours.get(0), ours.get(2), ours.get(3));
        assertThat(worklist.count(caseworker, ReviewList.OVERDUE, 1000).value()).isEqualTo(overdue.size());

        assertThat(worklist.rows(people.user("caseworker2"), null, 0, 1000)).extracting(ReviewRow::caseId).doesNotContainAnyElementsOf(ours);
        assertThat(worklist.rows(people.user("parent"), null, 0, 1000)).isEmpty();
        assertThat(worklist.count(people.user("parent"), null, 1000)).isEqualTo(new CappedCount(0, false));
    }

    @Test
    void aReviewAwaitingDecision_leavesTheListWhenThePlanIsKept() {
        UiCases cases = new UiCases(context);
        LocalDate today = cases.today();
        // a plan made 335 days ago: its review, due in 30 days, is listed; its meeting held 20 days ago, the report sent
        long caseId = cases.planIssuedOn(today.minusDays(335), today.minusYears(8)).getId();
        cases.reviewTimerFires(caseId, "reviewWindowOpens");
        CurrentUser senco = people.user("senco");
        reviews.arrangeMeeting(caseId, today.minusDays(20), today.minusDays(40), senco);
        reviews.recordAdviceCirculated(caseId, today.minusDays(35), senco);
        reviews.recordMeetingHeld(caseId, today.minusDays(20), senco);
        reviews.recordReportSent(caseId, today.minusDays(15), senco);
        CurrentUser caseworker = people.user("caseworker");
        assertThat(worklist.rows(caseworker, ReviewList.AWAITING_DECISION, 0, 1000)).extracting(ReviewRow::caseId).contains(caseId);

        reviews.decide(caseId, ReviewOutcome.KEEP, today, null, caseworker);

        // complete; the next review, counted from today, is not listed until its window opens
        assertThat(worklist.rows(caseworker, null, 0, 1000)).extracting(ReviewRow::caseId).doesNotContain(caseId);
    }
}
