package uk.ehctracker.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * The dashboard's "within 20 weeks without exceptions" leaves out only the plans whose 20-week
 * limit an exception relieved (reg 13(3)); an exception arising after the plan was due is refused,
 * and the case stays in.
 */
@ApplicationTest
class TeamFiguresTest {

    @Autowired ApplicationContext context;
    @Autowired TeamFigures figures;
    @Autowired AssessmentService assessments;
    @Autowired TestPeople people;

    private AssessmentCase issuedWith(TimeLimit limit, LocalDate exceptionFrom) {
        UiCases cases = new UiCases(context);
        CurrentUser caseworker = people.user("caseworker");
        AssessmentCase c = cases.at(CaseStage.FINALISING_PLAN);
        if (limit != null) {
            assessments.recordException(c.getId(), new Commands.RecordException(limit,
                    ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, exceptionFrom, null, "Family bereavement."), caseworker);
        }
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", cases.today()), caseworker);
        return c;
    }

    @Test
    void onlyAnExceptionThatRelievesThe20WeekLimitTakesAPlanOutOfTheFigure() {
        CurrentUser manager = people.user("manager");
        TeamFigures.TwentyWeeks before = figures.figures(manager).twentyWeeks();
        LocalDate today = new UiCases(context).today();

        issuedWith(null, null);                                          // no exception: counted
        issuedWith(TimeLimit.FINAL_PLAN, today);                         // relieved by its exception: left out

        TeamFigures.TwentyWeeks after = figures.figures(manager).twentyWeeks();
        assertThat(after.issued() - before.issued()).isEqualTo(2);
        // the exception to the 20-week limit arising before the plan was due relieves it: left out
        assertThat(after.issuedWithoutException() - before.issuedWithoutException()).isEqualTo(1);
        assertThat(after.onTimeWithoutException() - before.onTimeWithoutException()).isEqualTo(1);
    }

    @Test
    void anExceptionArisingAfterThePlanWasDueDoesNotTakeItOut() {
        CurrentUser manager = people.user("manager");
        TeamFigures.TwentyWeeks before = figures.figures(manager).twentyWeeks();
        UiCases cases = new UiCases(context);
        AssessmentCase c = cases.at(CaseStage.FINALISING_PLAN);
        LocalDate afterDue = cases.reload(c).getFinalPlanDue().plusDays(1);
        CurrentUser caseworker = people.user("caseworker");
        // reg 13(3): an exception must arise within the limit's period; one after it is refused at entry
        assertThatThrownBy(() -> assessments.recordException(c.getId(), new Commands.RecordException(TimeLimit.FINAL_PLAN,
                ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, afterDue, null, "Illness after the due date."), caseworker))
                .isInstanceOf(BadInputException.class).hasMessageContaining("from");
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", cases.today()), caseworker);

        TeamFigures.TwentyWeeks after = figures.figures(manager).twentyWeeks();
        assertThat(after.issued() - before.issued()).isEqualTo(1);
        assertThat(after.issuedWithoutException() - before.issuedWithoutException()).isEqualTo(1);
    }

    @Test
    void aStepAnExceptionExcuses_isNotCountedOverdue() {
        CurrentUser manager = people.user("manager");
        CurrentUser caseworker = people.user("caseworker");
        uk.ehctracker.common.ClockTravel travel = context.getBean(uk.ehctracker.common.ClockTravel.class);
        LocalDate today = new UiCases(context).today();
        long before = figures.figures(manager).overdue();
        // two requests received 50 days ago: their decisions were due 8 days ago (reg 5(1): 6 weeks)
        travel.to(today.minusDays(50));
        AssessmentCase late;
        AssessmentCase excused;
        try {
            late = newRequest(caseworker);
            excused = newRequest(caseworker);
            // reg 5(4)(c): exceptional personal circumstances within the 6 weeks excuse the second
            assessments.recordException(excused.getId(), new Commands.RecordException(TimeLimit.DECISION_TO_ASSESS,
                    ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, today.minusDays(45), null, "Family bereavement."), caseworker);
        } finally {
            travel.back();
        }
        assertThat(figures.figures(manager).overdue() - before).as("only the late one").isEqualTo(1);
        CaseSearch search = context.getBean(CaseSearch.class);
        assertThat(search.count(manager, new CaseSearch.CaseFilters(null, null, false, true, false))
                - before).isEqualTo(1);
        assertThat(late.getId()).isNotEqualTo(excused.getId());
    }

    private AssessmentCase newRequest(CurrentUser by) {
        return assessments.submitRequest(new Commands.NewRequest(people.newChildOfParent(LocalDate.of(2017, 3, 1)).getId(),
                uk.ehctracker.assessment.RequestedBy.PARENT, null, "Reading has stalled.", null, null), by);
    }
}
