package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.statutory.SchoolYear;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.ui.caseworker.ReviewsView;
import uk.ehctracker.ui.common.Dates;

/**
 * The caseworkers' annual reviews page lists a late review of a child moving to secondary school in
 * the lists it is on, to the case's LA only; the family sees when the review is due.
 */
@ApplicationTest
class ReviewsViewTest extends KaribuTest {

    @Autowired Clock clock;

    @Test
    void aLateReviewBeforeAMoveToSecondary_isDueOverdueAndATransfer_forTheCasesLaOnly_andTheFamilySeesItsDate() {
        LocalDate today = StatutoryClock.today(clock);
        // a plan 13 months ago: its review was due a month ago (CFA s44(1))
        LocalDate planDate = today.minusMonths(13);
        LocalDate due = planDate.plusMonths(12);
        // a child who moves to Year 7 in the first September after that (born in October, 12 years before)
        int movesIn = SchoolYear.startingYear(due) + 1;
        AssessmentCase c = cases().planIssuedOn(planDate, LocalDate.of(movesIn - 12, Month.OCTOBER, 1));
        // reg 18(1)(a): reviewed and amended by 15 February of the year of the move, if that comes first
        LocalDate february15 = LocalDate.of(movesIn, Month.FEBRUARY, 15);
        LocalDate dueBy = due.isBefore(february15) ? due : february15;

        signIn("caseworker");
        navigate("caseworker/reviews");
        String page = textOf(_get(ReviewsView.class));
        assertThat(page).contains("Annual reviews");
        for (String list : new String[] {"Due: the meeting to arrange or hold", "Overdue",
                "Moving school next September: amended plan by 15 February"}) {
            assertThat(section(page, list)).as(list).contains(c.reference()).contains(Dates.full(dueBy)).contains("Arrange the meeting");
        }
        assertThat(section(page, "Awaiting the council's decision")).doesNotContain(c.reference());

        navigate("cases/" + c.getId());
        assertThat(textOf(_get(Component.class, s -> s.withId("annual-review"))))
                .contains("Annual review 1: due by " + Dates.full(dueBy)).contains("primary to secondary school");

        signIn("caseworker2");
        navigate("caseworker/reviews");
        assertThat(textOf(_get(ReviewsView.class))).doesNotContain(c.reference());

        signIn("parent");
        navigate("family");
        Component plan = _get(Component.class, s -> s.withId("plan-" + c.getId()));
        assertThat(textOf(plan)).contains("The plan's next review is due by " + Dates.full(dueBy) + ".");

        signIn("senco");
        assertThatThrownBy(() -> navigate("caseworker/reviews")).hasMessageContaining("denied");
    }

    /** The page's text from the heading of {@code list} to the next list's heading. */
    private static String section(String page, String list) {
        String rest = page.substring(page.indexOf(list + " ("));
        int next = -1;
        for (uk.ehctracker.review.ReviewService.ReviewList other : uk.ehctracker.review.ReviewService.ReviewList.values()) {
            int at = rest.indexOf(other.words() + " (", 1);
            if (at > 0 && (next < 0 || at < next)) {
                next = at;
            }
        }
        return next < 0 ? rest : rest.substring(0, next);
    }
}
