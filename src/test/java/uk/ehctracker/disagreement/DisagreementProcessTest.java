package uk.ehctracker.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static uk.ehctracker.testing.EngineTime.nineAm;
import static uk.ehctracker.testing.EngineTime.now;
import static uk.ehctracker.testing.EngineTime.today;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.MediationCertificateService;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.statutory.Disagreement.OrderKind;
import uk.ehctracker.testing.ProcessTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.workflow.ProcessNames;

/**
 * bpmn/disagreement.bpmn on every path and every timer, driven through the services as the family
 * and the LA use them. The engine clock is moved and timer jobs executed by hand; every date is
 * checked against the law (docs/law.md s7), across Christmas where working days count. The
 * assessment model only sets up the decision disagreed with, so its coverage is measured by its
 * own tests, not here.
 */
@ProcessTest
@TestPropertySource(properties = "ehc.test.coverage.fixtures=ehc-needs-assessment")
class DisagreementProcessTest {

    /**
     * A refusal to assess sent on Monday 8 December 2025: 2 months to appeal end on Sunday 8 February
     * 2026, so the appeal is in time on Monday 9 February (HESC Rules r20, r12(2)).
     */
    static final LocalDate REFUSED = LocalDate.of(2025, 12, 8);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired AssessmentService assessments;
    @Autowired MediationCertificateService mediationCertificates;
    @Autowired DisagreementService disagreements;
    @Autowired TestPeople people;
    @Autowired uk.ehctracker.assessment.AssessmentQueries assessmentQueries;

    CurrentUser caseworker;
    CurrentUser parent;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        caseworker = people.user("caseworker");
        parent = people.user("parent");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void declinedMediation_theCertificateIsChasedAfterThreeWorkingDays_acrossChristmas_andTheAppealIsDismissed() {
        long caseId = refusedToAssess();
        today(LocalDate.of(2025, 12, 10));
        ProcessInstance pi = instance(disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent));
        assertThat(pi).isWaitingAt("contactMediationAdviser").hasPassed("certificateNeeded");
        assertThat(view(caseId).appealDeadline()).isEqualTo(LocalDate.of(2026, 2, 9));

        today(LocalDate.of(2025, 12, 23));
        disagreements.recordAdviserContact(caseId, LocalDate.of(2025, 12, 23), false, parent);
        assertThat(pi).isWaitingAt("awaitMediationCertificate").hasPassed("certificateAwaited").hasNotPassed("arrangeMediation");
        // reg 34: 3 working days after Tuesday 23 December: 24th, (Christmas, Boxing Day, weekend), 29th, 30th
        assertThat(view(caseId).certificateDue()).isEqualTo(LocalDate.of(2025, 12, 30));
        Job chase = timer(pi, "certificateDue");
        assertThat(chase.getDuedate()).isEqualTo(nineAm(LocalDate.of(2025, 12, 31)));

        now(LocalDate.of(2025, 12, 31), LocalTime.of(9, 1));
        execute(chase);
        assertThat(pi).hasPassed("chaseCertificate", "certificateChased").isWaitingAt("awaitMediationCertificate");
        assertThat(managerReviews(caseId)).isEqualTo(1);

        // the certificate recorded through the case's own certificate door moves the disagreement on
        today(LocalDate.of(2026, 1, 20));
        mediationCertificates.record(caseId, LocalDate.of(2026, 1, 20), parent);
        assertThat(pi).isWaitingAt("appealOrTimeUp");
        // HESC Rules r20: 1 month after the certificate (20 February) is later than 2 months after the notice (8 February)
        assertThat(view(caseId).certificateOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(view(caseId).appealDeadline()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(timer(pi, "appealDeadlinePassed").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 2, 21)));

        today(LocalDate.of(2026, 2, 10));
        disagreements.registerAppeal(caseId, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 12), parent);
        assertThat(pi).isWaitingAt("respondToAppeal").task().hasCandidateGroup("la:LA1:caseworker");
        Job response = timer(pi, "responseDue");
        assertThat(response.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 3, 11)));

        now(LocalDate.of(2026, 3, 11), LocalTime.of(9, 1));
        execute(response);
        assertThat(pi).hasPassed("escalateResponse", "responseEscalated").isWaitingAt("respondToAppeal");
        assertThat(managerReviews(caseId)).isEqualTo(2);

        today(LocalDate.of(2026, 3, 12));
        disagreements.recordResponse(caseId, LocalDate.of(2026, 3, 12), caseworker);
        assertThat(pi).isWaitingAt("awaitTribunalDecision");

        today(LocalDate.of(2026, 5, 13));
        disagreements.recordOutcome(caseId, TribunalOutcome.DISMISSED, LocalDate.of(2026, 5, 12), caseworker);
        assertThat(pi).isEnded().hasPassed("appealDismissed");
        assertThat(view(caseId).orderSteps()).isEmpty();
        assertThat(view(caseId).nextStep()).startsWith("Nothing");
    }

    @Test
    void mediationWanted_notArrangedInThirtyDays_isEscalated_thenHeld_andAnOrderToAssess_reentersTheAssessmentWithItsClocks() {
        long caseId = refusedToAssess();
        today(LocalDate.of(2025, 12, 10));
        ProcessInstance pi = instance(disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent));
        disagreements.recordAdviserContact(caseId, LocalDate.of(2025, 12, 10), true, parent);
        assertThat(pi).isWaitingAt("arrangeMediation").hasPassed("wantsMediationGateway");
        // 30 days from 10 December, Christmas included: 9 January
        assertThat(view(caseId).mediationDue()).isEqualTo(LocalDate.of(2026, 1, 9));
        Job due = timer(pi, "mediationDue");
        assertThat(due.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 1, 10)));

        now(LocalDate.of(2026, 1, 10), LocalTime.of(9, 1));
        execute(due);
        assertThat(pi).hasPassed("escalateMediation", "mediationEscalated").isWaitingAt("arrangeMediation");
        assertThat(managerReviews(caseId)).isEqualTo(1);

        today(LocalDate.of(2026, 1, 14));
        disagreements.recordMediationHeld(caseId, LocalDate.of(2026, 1, 14), caseworker);
        assertThat(pi).isWaitingAt("awaitMediationCertificate");
        // reg 39: 3 working days after Wednesday 14 January: Thursday, Friday, Monday
        assertThat(view(caseId).certificateDue()).isEqualTo(LocalDate.of(2026, 1, 19));

        today(LocalDate.of(2026, 1, 16));
        disagreements.recordCertificate(caseId, LocalDate.of(2026, 1, 16), caseworker);
        assertThat(pi).isWaitingAt("appealOrTimeUp");
        assertThat(view(caseId).appealDeadline()).isEqualTo(LocalDate.of(2026, 2, 16));

        today(LocalDate.of(2026, 2, 2));
        disagreements.registerAppeal(caseId, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 21), parent);
        disagreements.recordResponse(caseId, LocalDate.of(2026, 2, 2), caseworker);

        today(LocalDate.of(2026, 4, 21));
        disagreements.recordOutcome(caseId, TribunalOutcome.ORDERED, LocalDate.of(2026, 4, 21), caseworker);
        assertThat(pi).isEnded().hasPassed("tribunalOutcome", "orderToComply", "reenterAssessment", "assessmentReentered");
        DisagreementService.View ordered = view(caseId);
        assertThat(ordered.orderKind()).isEqualTo(OrderKind.ASSESS);
        // reg 44: tell the family within 2 weeks; not to issue within 10 weeks, or the final plan within 14
        assertThat(ordered.orderSteps()).extracting(uk.ehctracker.statutory.Disagreement.Step::due).containsExactly(
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 28));
        assertThat(ordered.nextStep()).startsWith("The assessment carries on under the order");

        // the case re-entered the assessment at the advice, told at once, with the order's dates
        ProcessInstance assessment = assessment(caseId);
        assertThat(assessment).hasPassed("orderedByTribunal", "notifyOrderedAssessment").isWaitingAt("giveAdvice");
        AssessmentCase c = assessmentQueries.visibleCase(caseId, caseworker);
        assertThat(c.getStage()).isEqualTo(uk.ehctracker.assessment.CaseStage.GATHERING_ADVICE);
        assertThat(c.getOrderedOn()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(c.getDecisionNotToIssueDue()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(c.getFinalPlanDue()).isEqualTo(LocalDate.of(2026, 7, 28));
        assertThat(timer(assessment, "decisionToIssueDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 7, 1)));
        assertThat(timer(assessment, "finalPlanDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 7, 29)));
        assertThat(assessmentQueries.letters(caseId, parent)).anyMatch(l -> l.getNoticeType() == uk.ehctracker.letters.NoticeType.ORDERED_ASSESSMENT
                && l.getHtml().contains("Ordered by the Tribunal on 21 April 2026") && l.getHtml().contains("28 July 2026"));
        // an order to assess is carried out through the assessment's own steps
        assertThatThrownBy(() -> disagreements.recordOrderFirstStep(caseId, LocalDate.of(2026, 4, 21), caseworker))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAppealOnlyAboutThePlacement_needsNoCertificate_andAConcessionBeforeTheResponse_countsFromTheDayTheTribunalIsTold() {
        long caseId = finalPlanIssued();
        ProcessInstance pi = disagreedWithPlacement(caseId);
        // CFA s55: straight to the appeal; 2 months from the plan sent on 1 April
        assertThat(pi).hasPassed("readyToAppeal").hasNotPassed("contactMediationAdviser").isWaitingAt("appealOrTimeUp");
        assertThat(view(caseId).appealDeadline()).isEqualTo(LocalDate.of(2026, 6, 1));

        today(LocalDate.of(2026, 5, 1));
        disagreements.registerAppeal(caseId, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 14), parent);
        // a concession is the LA's, not the family's
        assertThatThrownBy(() -> disagreements.recordOutcome(caseId, TribunalOutcome.CONCEDED, LocalDate.of(2026, 5, 1), parent))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("outcome"));

        today(LocalDate.of(2026, 5, 20));
        disagreements.recordOutcome(caseId, TribunalOutcome.CONCEDED, LocalDate.of(2026, 5, 20), caseworker);
        assertThat(pi).hasPassed("laConcedesBeforeResponding", "reenterAssessment").hasNotPassed("awaitTribunalDecision").isEnded();
        // reg 45(5): an appeal only about the setting: the amended plan within 2 weeks of telling the Tribunal
        assertThat(view(caseId).orderSteps()).extracting(uk.ehctracker.statutory.Disagreement.Step::due)
                .containsExactly(LocalDate.of(2026, 6, 3));
        assertThat(view(caseId).waitingAt()).isEqualTo("issueAmendedPlan");
        ProcessInstance assessment = assessment(caseId);
        assertThat(assessment).hasPassed("orderedByTribunal", "orderedToGateway").isWaitingAt("issueAmendedPlan")
                .task().hasCandidateGroup("la:LA1:caseworker");
        assertThat(timer(assessment, "amendedPlanDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 6, 4)));
        assertThat(assessmentQueries.visibleCase(caseId, caseworker).getStage()).isEqualTo(uk.ehctracker.assessment.CaseStage.AMENDING_PLAN);

        today(LocalDate.of(2026, 6, 3));
        disagreements.recordOrderFirstStep(caseId, LocalDate.of(2026, 6, 3), caseworker);
        assertThat(assessment).isEnded().hasPassed("issueAmendedPlan", "amendedPlanIssued");
        assertThat(assessmentQueries.visibleCase(caseId, caseworker).getStage()).isEqualTo(uk.ehctracker.assessment.CaseStage.PLAN_ISSUED);
        assertThat(view(caseId).nextStep()).startsWith("Nothing");
    }

    @Test
    void noAppealByTheLastDay_endsTheDisagreement_theMorningAfter() {
        long caseId = refusedToAssess();
        today(LocalDate.of(2025, 12, 10));
        ProcessInstance pi = instance(disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent));
        disagreements.recordAdviserContact(caseId, LocalDate.of(2025, 12, 10), false, parent);
        today(LocalDate.of(2025, 12, 12));
        mediationCertificates.record(caseId, LocalDate.of(2025, 12, 12), parent);
        // 1 month after 12 December is earlier than 8 February: the deadline stays, Monday 9 February
        assertThat(view(caseId).appealDeadline()).isEqualTo(LocalDate.of(2026, 2, 9));
        Job timeUp = timer(pi, "appealDeadlinePassed");
        assertThat(timeUp.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 2, 10)));

        now(LocalDate.of(2026, 2, 10), LocalTime.of(9, 1));
        execute(timeUp);
        assertThat(pi).isEnded().hasPassed("noAppeal");
    }

    @Test
    void anAppealAfterTheDeadline_orWithoutACertificate_isRefusedNamingTheField_andTheFamilyMayWithdraw() {
        long caseId = refusedToAssess();
        today(LocalDate.of(2025, 12, 10));
        ProcessInstance pi = instance(disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent));
        // no certificate yet, and not at that step
        assertThatThrownBy(() -> disagreements.registerAppeal(caseId, LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 10), null, parent))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("registeredOn"));
        // reg 33: the adviser is contacted within 2 months of the notice
        assertThatThrownBy(() -> disagreements.recordAdviserContact(caseId, LocalDate.of(2025, 12, 5), false, parent))
                .isInstanceOf(BadInputException.class);
        disagreements.recordAdviserContact(caseId, LocalDate.of(2025, 12, 10), false, parent);
        mediationCertificates.record(caseId, LocalDate.of(2025, 12, 10), parent);
        assertThatThrownBy(() -> disagreements.recordMediationHeld(caseId, LocalDate.of(2025, 12, 10), caseworker))
                .isInstanceOf(ConflictException.class);

        // the 2 months end on Sunday 8 February; the appeal is in time on Monday 9th (r12(2)), not on Tuesday 10th
        today(LocalDate.of(2026, 2, 10));
        assertThatThrownBy(() -> disagreements.registerAppeal(caseId, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), null, parent))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("registeredOn"));
        disagreements.registerAppeal(caseId, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 9), null, parent);
        disagreements.recordResponse(caseId, LocalDate.of(2026, 2, 10), caseworker);
        disagreements.recordOutcome(caseId, TribunalOutcome.WITHDRAWN, LocalDate.of(2026, 2, 10), parent);
        assertThat(pi).isEnded().hasPassed("appealWithdrawn");
        // one disagreement per decision
        assertThatThrownBy(() -> disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void anAppealTheFamilyRecordsWithoutTheResponseDate_waitsForTheCouncilToGiveIt_thenTheResponseIsTimedByIt() {
        long caseId = finalPlanIssued();
        ProcessInstance pi = disagreedWithPlacement(caseId);

        today(LocalDate.of(2026, 5, 1));
        // LA staff have the Tribunal's letter: the response date is required of them
        assertThatThrownBy(() -> disagreements.registerAppeal(caseId, LocalDate.of(2026, 5, 1), null, null, caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("responseDueOn"));
        // the family may not know it
        disagreements.registerAppeal(caseId, LocalDate.of(2026, 5, 1), null, null, parent);
        assertThat(pi).hasPassed("responseDueKnownGateway").isWaitingAt("recordResponseDue").task().hasCandidateGroup("la:LA1:caseworker");
        assertThat(timer(pi, "responseDue")).isNull();
        assertThat(view(caseId).responseDueOn()).isNull();
        assertThat(view(caseId).waitingAt()).isEqualTo("recordResponseDue");
        assertThat(view(caseId).nextStep()).isEqualTo("The council records the day the Tribunal set for its response");

        // the council's staff give it, not before the appeal was registered
        assertThatThrownBy(() -> disagreements.recordResponseDue(caseId, LocalDate.of(2026, 6, 12), parent))
                .isInstanceOf(uk.ehctracker.common.NotFoundException.class);
        assertThatThrownBy(() -> disagreements.recordResponseDue(caseId, LocalDate.of(2026, 4, 30), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("responseDueOn"));
        today(LocalDate.of(2026, 5, 4));
        disagreements.recordResponseDue(caseId, LocalDate.of(2026, 6, 12), caseworker);
        assertThat(pi).hasPassed("recordResponseDue").isWaitingAt("respondToAppeal");
        assertThat(view(caseId).responseDueOn()).isEqualTo(LocalDate.of(2026, 6, 12));
        // escalated the morning after the Tribunal's date (docs/law.md s0 item 3)
        assertThat(timer(pi, "responseDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 6, 13)));
        assertThatThrownBy(() -> disagreements.recordResponseDue(caseId, LocalDate.of(2026, 6, 12), caseworker))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theCouncilMayConcede_beforeTheResponseDateIsKnown() {
        long caseId = finalPlanIssued();
        ProcessInstance pi = disagreedWithPlacement(caseId);
        today(LocalDate.of(2026, 5, 1));
        disagreements.registerAppeal(caseId, LocalDate.of(2026, 5, 1), null, null, parent);

        today(LocalDate.of(2026, 5, 20));
        disagreements.recordOutcome(caseId, TribunalOutcome.CONCEDED, LocalDate.of(2026, 5, 20), caseworker);
        assertThat(pi).hasPassed("laConcedesBeforeResponseDue", "orderToComply", "reenterAssessment").hasNotPassed("respondToAppeal")
                .isEnded();
        // reg 45(5): an appeal only about the setting: the amended plan within 2 weeks of telling the Tribunal, 20 May + 14 days
        assertThat(view(caseId).orderSteps()).extracting(uk.ehctracker.statutory.Disagreement.Step::due)
                .containsExactly(LocalDate.of(2026, 6, 3));
    }

    // ---- the decisions disagreed with ----

    private long refusedToAssess() {
        AssessmentCase c = request(LocalDate.of(2025, 11, 3));
        today(REFUSED);
        assessments.decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, true, false,
                Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "The school's support is working and a plan is not needed.", REFUSED),
                caseworker);
        return c.getId();
    }

    /** On 10 April 2026 the family disagrees with the setting named in the plan (CFA s51(2)(c)). */
    private ProcessInstance disagreedWithPlacement(long caseId) {
        today(LocalDate.of(2026, 4, 10));
        return instance(disagreements.start(caseId, DecisionDisagreed.PLACEMENT_ONLY, parent));
    }

    /** A final plan naming Hillcrest Academy, sent on Wednesday 1 April 2026. */
    private long finalPlanIssued() {
        AssessmentCase c = request(LocalDate.of(2026, 3, 2));
        LocalDate on = LocalDate.of(2026, 4, 1);
        today(on);
        assessments.decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "She may need provision through a plan.", on), caseworker);
        for (var a : assessmentQueries.advice(c.getId(), caseworker)) {
            CurrentUser adviser = switch (a.getKind()) {
                case PARENT -> parent;
                case EDUCATIONAL -> people.user("senco");
                case PSYCHOLOGICAL -> people.user("professional");
                case MEDICAL -> people.user("health");
                default -> people.user("socialcare");
            };
            assessments.giveAdvice(new Commands.GiveAdvice(a.getId(), "Needs daily support with reading.", on), adviser);
        }
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "Beyond what the school can provide.", on), caseworker);
        Map<PlanSectionName, String> sections = new EnumMap<>(PlanSectionName.class);
        sections.put(PlanSectionName.B, "Specific learning difficulty.");
        sections.put(PlanSectionName.E, "Reads age-appropriate texts.");
        sections.put(PlanSectionName.F, "Daily phonics, 1:1, 30 minutes.");
        assessments.writeDraftPlan(c.getId(), new Commands.WriteDraftPlan(sections, on), caseworker);
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Thank you.", "Hillcrest Academy", false, false), parent);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can meet the needs.", on), caseworker);
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", on), caseworker);
        return c.getId();
    }

    private AssessmentCase request(LocalDate received) {
        today(received);
        Child child = people.newChildOfParent(LocalDate.of(2018, 5, 14));
        return assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, received,
                "Her reading has not moved in two years.", "Aisha Khan", null), caseworker);
    }

    // ---- engine and clock ----

    private DisagreementService.View view(long caseId) {
        return disagreements.view(caseId, caseworker).orElseThrow();
    }

    private ProcessInstance instance(DisagreementRecord d) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.DISAGREEMENT_PROCESS)
                .processInstanceBusinessKey(Long.toString(d.getId())).singleResult();
    }

    /** The case's assessment, running again after an order or a concession re-entered it. */
    private ProcessInstance assessment(long caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId)).singleResult();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    private long managerReviews(long caseId) {
        return tasks.createTaskQuery().processDefinitionKey(ProcessNames.MISSED_DEADLINE_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId)).taskCandidateGroup("la:LA1:manager").count();
    }

}
