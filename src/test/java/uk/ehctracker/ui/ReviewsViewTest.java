package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.review.ReviewWorklist.ReviewList;
import uk.ehctracker.review.ReviewWorklist.ReviewRow;
import uk.ehctracker.statutory.SchoolYear;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.ui.caseworker.ReviewsView;
import uk.ehctracker.ui.common.Dates;

/**
 * The caseworkers' annual reviews page shows a late review of a child moving to secondary school on
 * the lists it is on and no other, nearest date first with its total, to the case's LA only; the
 * family sees when the review is due.
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
        assertThat(textOf(_get(ReviewsView.class))).contains("Annual reviews");
        for (ReviewList list : ReviewList.values()) {
            _setValue(listChoice(), list);
            boolean on = list == ReviewList.DUE || list == ReviewList.OVERDUE || list == ReviewList.TRANSFER_BY_15_FEBRUARY;
            List<ReviewRow> rows = GridKt._findAll(grid());
            assertThat(rows.stream().anyMatch(r -> r.caseId() == c.getId())).as(list.words()).isEqualTo(on);
            // every row shown is on the list chosen, nearest statutory date first, and the total counts them
            assertThat(rows).allMatch(r -> r.lists().contains(list));
            assertThat(rows.stream().map(ReviewRow::nextDate).toList()).isSorted();
            assertThat(textOf(_get(Component.class, s -> s.withId("review-total")))).isEqualTo(rows.size() + (rows.size() == 1 ? " review." : " reviews."));
        }
        _setValue(listChoice(), ReviewList.OVERDUE);
        int row = GridKt._findAll(grid()).stream().map(ReviewRow::caseId).toList().indexOf(c.getId());
        assertThat(GridKt._getFormattedRow(grid(), row)).contains("Review 1, due by " + Dates.full(dueBy))
                .anyMatch(cell -> cell.startsWith("Arrange the meeting, by " + Dates.full(dueBy)))
                .anyMatch(cell -> cell.contains("Overdue") && cell.contains("15 February"));

        navigate("cases/" + c.getId());
        assertThat(textOf(_get(Component.class, s -> s.withId("annual-review"))))
                .contains("Annual review 1: due by " + Dates.full(dueBy)).contains("primary to secondary school");

        signIn("caseworker2");
        navigate("caseworker/reviews");
        assertThat(GridKt._findAll(grid())).noneMatch(r -> r.caseId() == c.getId());

        signIn("parent");
        navigate("family");
        Component plan = _get(Component.class, s -> s.withId("plan-" + c.getId()));
        assertThat(textOf(plan)).contains("The plan's next review is due by " + Dates.full(dueBy) + ".");

        signIn("senco");
        assertThatThrownBy(() -> navigate("caseworker/reviews")).hasMessageContaining("denied");
    }

    @SuppressWarnings("unchecked")
    static Grid<ReviewRow> grid() {
        return _get(Grid.class, s -> s.withId("reviews"));
    }

    @SuppressWarnings("unchecked")
    static Select<ReviewList> listChoice() {
        return _get(Select.class, s -> s.withId("review-list"));
    }
}
