package uk.ehctracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;

/**
 * A case stores the days the law counts from and derives each due date from them; the milestones
 * the lists and timers query copy it when a step opens, and the case's nearest open date follows
 * its milestones. Driven through every kind of limit (consultation included), the three can never
 * disagree, and neither do the demo cases.
 */
@ApplicationTest
class DueDatesHaveOneSourceTest {

    @Autowired AssessmentService assessments;
    @Autowired AssessmentQueries queries;
    @Autowired AssessmentCaseRepository cases;
    @Autowired MilestoneRepository milestones;
    @Autowired AdviceRequestRepository adviceRequests;
    @Autowired TestPeople people;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @Test
    void aCaseDrivenThroughEveryLimit_hasOneDueDatePerStep() {
        CurrentUser caseworker = people.user("caseworker");
        LocalDate today = StatutoryClock.today(clock);
        Child child = people.newChildOfParent(today.minusYears(9));

        long id = assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, today,
                "Reading has not moved in two years.", "Khan family", null), caseworker).getId();
        assertOneSource(id);
        // reg 5(1), 10(1), 13(2): 6, 16 and 20 weeks from the day the request was received; the last day counts
        AssessmentCase received = cases.findById(id).orElseThrow();
        assertThat(received.getDecisionToAssessDue()).isEqualTo(today.plusDays(42));
        assertThat(received.getDecisionNotToIssueDue()).isEqualTo(today.plusDays(112));
        assertThat(received.getFinalPlanDue()).isEqualTo(today.plusDays(140));

        assessments.decideWhetherToAssess(id, new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                Set.of("NATURE_OF_SEN"), Set.of(), "The test in s36(8) is met.", today), caseworker);
        assertOneSource(id);
        for (AdviceRequest advice : queries.advice(id, caseworker)) {
            // reg 8(1): six weeks from the day the adviser was asked
            assertThat(advice.getDueOn()).isEqualTo(advice.getRequestedOn().plusDays(42));
            assessments.giveAdvice(new Commands.GiveAdvice(advice.getId(), "Advice for the test.", today), adviserFor(advice));
        }
        assertOneSource(id);

        assessments.decideWhetherToIssue(id, new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "Needs provision through a plan.", today), caseworker);
        Map<PlanSectionName, String> sections = new EnumMap<>(PlanSectionName.class);
        for (PlanSectionName s : List.of(PlanSectionName.A, PlanSectionName.B, PlanSectionName.E, PlanSectionName.F, PlanSectionName.I)) {
            sections.put(s, "Section " + s + " for the test.");
        }
        assessments.writeDraftPlan(id, new Commands.WriteDraftPlan(sections, today), caseworker);
        assertOneSource(id);
        // reg 13(1): at least 15 days beginning with the day the draft is served
        assertThat(cases.findById(id).orElseThrow().getDraftCommentsDue()).isEqualTo(today.plusDays(14));

        assessments.commentOnDraft(id, new Commands.CommentOnDraft("We would like our local school.",
                child.getSchool().getName(), false, false), people.user("parent"));
        assertOneSource(id);
        assertThat(cases.findById(id).orElseThrow().getConsultationDue()).as("CFA s39: 15 days from the day sent")
                .isEqualTo(today.plusDays(14));
    }

    @Test
    void theDemoCasesAgreeToo() {
        for (AssessmentCase c : cases.findAll()) {
            assertOneSource(c.getId());
        }
    }

    private void assertOneSource(long caseId) {
        transactions.executeWithoutResult(tx -> {
            AssessmentCase c = cases.findById(caseId).orElseThrow();
            List<Milestone> steps = milestones.findByCaseIdOrderByDueOnAscIdAsc(caseId);
            for (Milestone m : steps) {
                LocalDate derived = m.getAdviceId() == null ? c.dueDate(m.getTimeLimit())
                        : adviceRequests.findById(m.getAdviceId()).orElseThrow().getDueOn();
                assertThat(m.getDueOn()).as("%s of %s: the milestone's date is the case's", m.getTimeLimit(), c.reference())
                        .isEqualTo(derived);
            }
            LocalDate nearestOpen = steps.stream().filter(m -> !m.isDone()).map(Milestone::getDueOn).min(LocalDate::compareTo).orElse(null);
            assertThat(c.getNextDueOn()).as("%s: the work list's date is its nearest open step", c.reference())
                    .isEqualTo(c.getStage().isClosed() ? null : nearestOpen);
        });
    }

    private CurrentUser adviserFor(AdviceRequest advice) {
        return people.user(switch (advice.getKind()) {
            case PSYCHOLOGICAL -> "professional";
            case MEDICAL -> "health";
            case SOCIAL_CARE, PREPARATION_FOR_ADULTHOOD -> "socialcare";
            default -> "caseworker";
        });
    }
}
