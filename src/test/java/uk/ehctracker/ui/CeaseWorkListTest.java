package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.cessation.CeaseReason;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.cessation.CeaseWorklist.CeaseRow;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.ui.common.Dates;

/**
 * Plans being ceased on the caseworker's "My work" (CFA s45; reg 31; docs/law.md s9, "Ceasing"):
 * a proposal waiting for the family to be told, one waiting for the views the council asked for by
 * its 15th day [practice], and a decision kept while the family can appeal, 2 months from the
 * notice (HESC Rules r20, moved on by r12), the plan ending the day after (CFA s45(4)). Each date is worked out by
 * hand from the day it counts from; another LA's caseworker sees none of them.
 */
@SuppressWarnings("unchecked")
class CeaseWorkListTest extends KaribuTest {

    @Test
    void theCeaseStepsAreListedWithTheirDates_andAnotherLasCaseworkerSeesNone() {
        LocalDate today = cases().today();
        CeaseService cessations = context.getBean(CeaseService.class);
        ClockTravel travel = context.getBean(ClockTravel.class);
        CurrentUser caseworker = cases().people.user("caseworker");

        AssessmentCase notTold = cases().planIssued();
        cessations.propose(notTold.getId(), "Needs met without a plan.", caseworker);

        // told and asked 3 days ago: views by the 15th day counting that day, told + 14 = today + 11
        AssessmentCase told = cases().planIssued();
        travel.to(today.minusDays(3));
        try {
            cessations.propose(told.getId(), "Needs met without a plan.", caseworker);
            cessations.recordConsultation(told.getId(), today.minusDays(3), today.minusDays(3), caseworker);
        } finally {
            travel.back();
        }

        // decided with its notice sent 10 days ago: the last day to appeal is 2 months after the notice
        AssessmentCase decided = cases().planIssued();
        LocalDate sent = today.minusDays(10);
        travel.to(sent.minusDays(20));
        try {
            cessations.propose(decided.getId(), "Needs met without a plan.", caseworker);
            cessations.recordConsultation(decided.getId(), sent.minusDays(20), sent.minusDays(20), caseworker);
            travel.to(sent);
            cessations.decide(decided.getId(), true, sent, CeaseReason.NEEDS_MET_WITHOUT_PLAN, "His needs are met.", sent, caseworker);
        } finally {
            travel.back();
        }
        // HESC Rules r20, r12: the rule pinned by hand in StatutoryClockTest, for the day the notice was sent
        LocalDate lastDay = uk.ehctracker.testing.TribunalTime.lastDayToAppeal(sent);

        signIn("caseworker");
        navigate("caseworker");
        Grid<CeaseRow> proposed = _get(Grid.class, s -> s.withId("ceasing-proposed"));
        assertThat(date(proposed, notTold)).isEqualTo("The family has not been told yet");
        assertThat(step(proposed, notTold)).isEqualTo("Tell the family, and consult them and the setting");
        assertThat(date(proposed, told)).isEqualTo("Views asked for by " + Dates.full(today.plusDays(11)) + " (11 days left)");
        assertThat(step(proposed, told)).isEqualTo("Decide whether to cease the plan");
        assertThat(ids(proposed)).doesNotContain(decided.getId());
        // not yet told first (that is the step to do), then nearest date first
        assertThat(ids(proposed).indexOf(notTold.getId())).isLessThan(ids(proposed).indexOf(told.getId()));

        Grid<CeaseRow> kept = _get(Grid.class, s -> s.withId("ceasing-decided"));
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, lastDay);
        assertThat(date(kept, decided)).isEqualTo("Last day to appeal " + Dates.full(lastDay) + " (" + left + " days left); if no appeal"
                + " comes, the plan ends on " + Dates.full(lastDay.plusDays(1)));
        assertThat(step(kept, decided)).isEqualTo("The plan is kept while the family can appeal");
        assertThat(ids(kept)).doesNotContain(notTold.getId(), told.getId());
        assertThat(textOf(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("ceasing-decided-total"))))
                .isEqualTo(_findAll(kept).size() + (_findAll(kept).size() == 1 ? " plan." : " plans."));

        // Southvale's caseworker: not one of Northbridge's plans
        signIn("caseworker2");
        navigate("caseworker");
        assertThat(ids(_get(Grid.class, s -> s.withId("ceasing-proposed")))).doesNotContain(notTold.getId(), told.getId());
        assertThat(ids(_get(Grid.class, s -> s.withId("ceasing-decided")))).doesNotContain(decided.getId());
    }

    private static List<Long> ids(Grid<CeaseRow> grid) {
        return _findAll(grid).stream().map(CeaseRow::caseId).toList();
    }

    private static String date(Grid<CeaseRow> grid, AssessmentCase c) {
        return _getFormatted(grid, ids(grid).indexOf(c.getId()), "date");
    }

    private static String step(Grid<CeaseRow> grid, AssessmentCase c) {
        return _getFormatted(grid, ids(grid).indexOf(c.getId()), "step");
    }
}
