package uk.ehctracker.support;

import uk.ehctracker.assessment.CaseSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.ReviewOutcome;
import uk.ehctracker.support.SenSupportNames;
import uk.ehctracker.support.SenSupportRecord;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SpecialistKind;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.support.SupportViews;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.workflow.ProcessNames;

/**
 * The sen-support model (bpmn/sen-support.bpmn), driven through the SEN support service as a
 * SENCO uses it: the cycle as a loop, the review and parent-meeting timers (engine clock moved,
 * jobs executed; nothing sleeps), specialists, leaving SEN support, and requests that start the
 * statutory process with the evidence gaps. After the class, every flow node and sequence flow of
 * the model must have been passed (the shared context's coverage excludes sen-support, so this
 * class measures its own).
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SenSupportFlowTest {

    /** A Monday in January; the review dates cross the clocks going forward on 29 March 2026. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired SenSupportService support;
    @Autowired SenSupportQueries supportQueries;
    @Autowired AssessmentService assessments;
    @Autowired DirectoryService directory;
    @Autowired TestPeople people;

    CurrentUser senco;
    CurrentUser senco2;
    CurrentUser caseworker;
    final List<String> instances = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        senco = people.user("senco");
        senco2 = people.user("senco2");
        caseworker = people.user("caseworker");
        today(START, LocalTime.of(10, 0));
    }

    @AfterEach
    void tidyUp() {
        // leave no open SENCO tasks behind for other tests' work lists (history stays for coverage)
        for (String id : instances) {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "test finished");
            }
        }
        ClockUtil.reset();
    }

    // ---- the cycle as a loop, with the review timers ----

    @Test
    void cyclesLoopOnTheReviewDate_withAReminderAWeekBefore_untilNeedsAreMet() {
        Child child = people.newChildOfParent(LocalDate.of(2017, 3, 1));
        SenSupportRecord record = place(child, NeedType.SPLD, NeedType.SLCN);
        ProcessInstance pi = instance(record);

        assertThat(pi).hasPassed("placedOnSenSupport", "recordOnSenRegister", "supportStarted", "cycleStarts")
                .isWaitingAt("assessNeeds").task().hasCandidateGroup("school:" + senco.schoolId());
        assertThat(directory.findChild(child.getId()).orElseThrow().getSenStatus()).isEqualTo(SenStatus.SEN_SUPPORT);

        support.assess(child.getId(), new SupportCommands.Assess("Reading well below age.", "Reading age 6y0m", null, null), senco);
        assertThat(pi).isWaitingAt("planSupport");
        LocalDate reviewDate = LocalDate.of(2026, 4, 2);
        support.plan(child.getId(), new SupportCommands.Plan("Read CVC words.", "Daily phonics, 15 minutes.", reviewDate), senco);
        assertThat(pi).isWaitingAt("reviewDateReached");

        Job reminder = timer(pi, "reviewReminder");
        Job review = timer(pi, "reviewDateReached");
        // 09:00 London on each date: GMT before the clocks change, BST after
        assertThat(reminder.getDuedate()).isEqualTo(at(LocalDate.of(2026, 3, 26)));
        assertThat(review.getDuedate()).isEqualTo(at(reviewDate));
        assertThat(review.getDuedate().toInstant().toString()).isEqualTo("2026-04-02T08:00:00Z");

        today(LocalDate.of(2026, 3, 26), LocalTime.of(9, 0));
        execute(reminder);
        assertThat(pi).hasPassed("reviewReminder", "remindReview", "reviewReminded").isWaitingAt("reviewDateReached");
        assertThat(pupil(child).record().getReviewRemindedOn()).isEqualTo(LocalDate.of(2026, 3, 26));

        today(reviewDate, LocalTime.of(9, 0));
        execute(timer(pi, "reviewDateReached"));
        assertThat(pi).hasPassed("reviewDateReached", "provisionDelivered", "deliverProvision", "reviewDue").isWaitingAt("reviewCycle");

        support.review(child.getId(), new SupportCommands.Review(ReviewOutcome.ANOTHER_CYCLE, "Some progress; keep going."), senco);
        assertThat(pi).isWaitingAt("assessNeeds");

        for (int cycle = 2; cycle <= 3; cycle++) {
            oneCycle(child, ReviewOutcome.ANOTHER_CYCLE);
            assertThat(pi).isWaitingAt("assessNeeds");
        }
        oneCycle(child, ReviewOutcome.LEAVE_SEN_SUPPORT);

        assertThat(pi).hasPassed("leaveSenSupport", "needsMet", "graduatedApproach", "senSupportEnded").isEnded();
        SupportViews.PupilSupport after = pupil(child);
        assertThat(after.cycles()).hasSize(4).allMatch(c -> c.isComplete());
        assertThat(after.cycles()).extracting(c -> c.getNumber()).containsExactly(1, 2, 3, 4);
        assertThat(after.record().isOnSenSupport()).isFalse();
        assertThat(after.record().getLeftReason()).isEqualTo("Review 4");
        assertThat(after.senStatus()).isEqualTo(SenStatus.NONE);
        assertThat(after.needs()).extracting(n -> n.getNeedType()).containsExactly(NeedType.SPLD, NeedType.SLCN);
    }

    // ---- parent meetings: a term without one reminds the SENCO (Code 6.65) ----

    @Test
    void aTermWithoutAParentMeeting_remindsTheSenco_aTermWithOneDoesNot() {
        Child child = people.newChildOfParent(LocalDate.of(2016, 10, 1));
        SenSupportRecord record = place(child, NeedType.SEMH);
        ProcessInstance pi = instance(record);
        Job check = timer(pi, "termWithoutMeeting");
        assertThat(check.getDuedate().toInstant()).isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(91)));

        today(START.plusDays(10), LocalTime.of(10, 0));
        support.recordMeeting(child.getId(), new SupportCommands.Meeting(START.plusDays(10), "Agreed outcomes with the parents."), senco);

        today(START.plusDays(91), LocalTime.of(11, 0));
        execute(timer(pi, "termWithoutMeeting"));
        assertThat(pi).hasPassed("termWithoutMeeting", "remindParentMeeting", "meetingChecked").isWaitingAt("assessNeeds");
        assertThat(pupil(child).record().getMeetingRemindedOn()).isNull();

        Job next = timer(pi, "termWithoutMeeting");
        today(START.plusDays(183), LocalTime.of(11, 0));
        execute(next);
        assertThat(pupil(child).record().getMeetingRemindedOn()).isEqualTo(START.plusDays(183));
        assertThat(timer(pi, "termWithoutMeeting")).as("the check repeats every term").isNotNull();
    }

    // ---- specialists, with and without the parents' agreement (Code 6.58-6.59) ----

    @Test
    void involvingASpecialist_needsTheParentsAgreement_andTheAdviceFeedsTheNextCycle() {
        Child child = people.newChildOfParent(LocalDate.of(2016, 5, 1));
        SenSupportRecord record = place(child, NeedType.SLCN);
        ProcessInstance pi = instance(record);

        oneCycle(child, ReviewOutcome.INVOLVE_SPECIALIST);
        assertThat(pi).isWaitingAt("agreeSpecialistInvolvement");
        support.agreeSpecialist(child.getId(), new SupportCommands.AgreeSpecialist(SpecialistKind.SPEECH_AND_LANGUAGE_THERAPY, false,
                today()), senco);
        assertThat(pi).hasPassed("parentsAgreeGateway").hasNotPassed("recordSpecialistAdvice").isWaitingAt("assessNeeds");

        oneCycle(child, ReviewOutcome.INVOLVE_SPECIALIST);
        support.agreeSpecialist(child.getId(), new SupportCommands.AgreeSpecialist(SpecialistKind.EDUCATIONAL_PSYCHOLOGIST, true,
                today()), senco);
        assertThat(pi).isWaitingAt("recordSpecialistAdvice");
        support.recordSpecialistAdvice(child.getId(), new SupportCommands.SpecialistAdvice(
                "Weak working memory; recommends visual supports.", today()), senco);
        assertThat(pi).hasPassed("recordSpecialistAdvice").isWaitingAt("assessNeeds");

        SupportViews.PupilSupport p = pupil(child);
        assertThat(p.specialists()).hasSize(2);
        assertThat(p.specialists().get(0).isParentsAgreed()).isFalse();
        assertThat(p.specialists().get(1).getAdvice()).contains("visual supports");
        assertThat(supportQueries.evidence(child.getId(), senco).missing()).extracting(i -> i.kind())
                .doesNotContain(uk.ehctracker.support.EvidenceChecklist.Kind.SPECIALIST_ADVICE,
                        uk.ehctracker.support.EvidenceChecklist.Kind.CYCLES);
    }

    // ---- requests: the statutory process starts with the evidence and its gaps ----

    @Test
    void aReviewThatRequestsAnAssessment_startsTheStatutoryProcess_withTheGapsForTheCaseworker() {
        Child child = people.newChildOfParent(LocalDate.of(2015, 11, 20));
        SenSupportRecord record = place(child, NeedType.ASD);
        ProcessInstance pi = instance(record);
        oneCycle(child, ReviewOutcome.REQUEST_ASSESSMENT);

        assertThat(pi).hasPassed("requestAssessment").isWaitingAt("assessNeeds");
        Long caseId = pupil(child).record().getRequestCaseId();
        assertThat(caseId).isNotNull();
        assertThat(pupil(child).record().getRequestedOn()).isEqualTo(today());
        AssessmentCase c = assessments.visibleCase(caseId, caseworker);
        assertThat(c.getRequestedBy()).isEqualTo(RequestedBy.SCHOOL);
        assertThat(c.getReceivedOn()).isEqualTo(today());
        assertThat(c.getReasons()).isEqualTo("Review 1");
        assertThat(c.getEvidenceGaps()).startsWith("Missing: ").contains("two cycles").contains("specialist")
                .contains("pupil's views").contains("parents' views").doesNotContain("Attainment");
        assertCaseworkerDecides(caseId);
    }

    @Test
    void aRequestDuringTheDoPhase_goesToTheLa_andTheCycleGoesOn() {
        Child child = people.newChildOfParent(LocalDate.of(2015, 9, 3));
        SenSupportRecord record = place(child, NeedType.MLD);
        ProcessInstance pi = instance(record);
        support.assess(child.getId(), new SupportCommands.Assess("Slow progress in maths.", "Below expected in maths.",
                "I find number work hard.", "We are worried about maths."), senco);
        support.plan(child.getId(), new SupportCommands.Plan("Count to 100.", "Daily number group.", today().plusWeeks(8)), senco);

        long caseId = support.requestAssessment(child.getId(), "Needs beyond what the school can provide.", senco).getId();

        assertThat(pi).hasPassed("assessmentRequested", "requestAssessmentDuringCycle", "requestSent").isWaitingAt("reviewDateReached");
        AssessmentCase c = assessments.visibleCase(caseId, caseworker);
        assertThat(c.getChild().getId()).isEqualTo(child.getId());
        assertThat(c.getRequestedBy()).isEqualTo(RequestedBy.SCHOOL);
        assertThat(c.getReasons()).isEqualTo("Needs beyond what the school can provide.");
        assertThat(c.getEvidenceGaps()).contains("two cycles").contains("(0 completed)").contains("specialist")
                .doesNotContain("views").doesNotContain("Attainment");
        assertThat(pupil(child).record().getRequestCaseId()).isEqualTo(caseId);
        assertCaseworkerDecides(caseId);

        // one open request per child: a second is refused, and nothing is half-written
        assertThatThrownBy(() -> support.requestAssessment(child.getId(), "Again.", senco))
                .isInstanceOf(uk.ehctracker.common.ConflictException.class);
        assertThat(pi).isWaitingAt("reviewDateReached");
    }

    @Test
    void aPupilWithoutSenSupport_canStillBeReferred_withEverythingMissing() {
        Child child = people.newChildOfParent(LocalDate.of(2018, 2, 2));
        long caseId = support.requestAssessment(child.getId(), "Significant needs on entry to school.", senco).getId();

        AssessmentCase c = assessments.visibleCase(caseId, caseworker);
        assertThat(c.getRequestedBy()).isEqualTo(RequestedBy.SCHOOL);
        assertThat(c.getEvidenceGaps()).contains("two cycles").contains("specialist").contains("Attainment");
        assertCaseworkerDecides(caseId);
    }

    @Test
    void anotherSchoolsSenco_cannotTouchThePupil() {
        Child child = people.newChildOfParent(LocalDate.of(2017, 1, 1));
        assertThatThrownBy(() -> support.placeOnSenSupport(child.getId(),
                new SupportCommands.Place(today(), today(), List.of(NeedType.SPLD)), senco2)).isInstanceOf(NotFoundException.class);
        SenSupportRecord record = place(child, NeedType.SPLD);
        instance(record);
        assertThatThrownBy(() -> support.assess(child.getId(), new SupportCommands.Assess("x", null, null, null), senco2))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> support.requestAssessment(child.getId(), "x", senco2)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supportQueries.pupil(child.getId(), senco2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void stepsOutOfOrder_andBadInput_areRefused() {
        Child child = people.newChildOfParent(LocalDate.of(2017, 6, 1));
        SenSupportRecord record = place(child, NeedType.PD);
        ProcessInstance pi = instance(record);
        assertThatThrownBy(() -> support.review(child.getId(), new SupportCommands.Review(ReviewOutcome.ANOTHER_CYCLE, "x"), senco))
                .isInstanceOf(uk.ehctracker.common.ConflictException.class);
        assertThatThrownBy(() -> support.assess(child.getId(), new SupportCommands.Assess(" ", null, null, null), senco))
                .isInstanceOf(uk.ehctracker.common.BadInputException.class);
        support.assess(child.getId(), new SupportCommands.Assess("Needs a writing slope.", null, null, null), senco);
        assertThatThrownBy(() -> support.plan(child.getId(), new SupportCommands.Plan("o", "p", today()), senco))
                .isInstanceOf(uk.ehctracker.common.BadInputException.class).hasMessageContaining("after today");
        assertThatThrownBy(() -> support.placeOnSenSupport(child.getId(), new SupportCommands.Place(today(), today(), List.of()), senco))
                .isInstanceOf(uk.ehctracker.common.ConflictException.class);
        assertThat(pi).isWaitingAt("planSupport");
    }

    // ---- coverage of the model, measured by this class ----

    @AfterAll
    void everyFlowNodeAndSequenceFlowWasPassed() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(SenSupportNames.PROCESS)
                .latestVersion().singleResult().getId();
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> passedNodes = new TreeSet<>();
        Set<String> takenFlows = new TreeSet<>();
        for (String instanceId : instances) {
            List<HistoricActivityInstance> passed = history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list();
            passed.forEach(a -> passedNodes.add(a.getActivityId()));
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (taken(flow, passed)) {
                    takenFlows.add(flow.getId());
                }
            }
        }
        Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missedNodes = new LinkedHashSet<>(nodes);
        missedNodes.removeAll(passedNodes);
        Set<String> missedFlows = new LinkedHashSet<>(flows);
        missedFlows.removeAll(takenFlows);
        double nodeCoverage = (double) (nodes.size() - missedNodes.size()) / nodes.size();
        double flowCoverage = (double) (flows.size() - missedFlows.size()) / flows.size();
        System.out.printf("sen-support coverage: flow nodes %d/%d (%.0f%%), sequence flows %d/%d (%.0f%%)%n",
                nodes.size() - missedNodes.size(), nodes.size(), nodeCoverage * 100,
                flows.size() - missedFlows.size(), flows.size(), flowCoverage * 100);
        assertThat(missedNodes).as("flow nodes of sen-support never passed").isEmpty();
        assertThat(missedFlows).as("sequence flows of sen-support never taken").isEmpty();
    }

    /** A flow is taken when, in one scope of one instance, its target starts after its source started. */
    private static boolean taken(SequenceFlow flow, List<HistoricActivityInstance> passed) {
        String source = flow.getSource().getId();
        String target = flow.getTarget().getId();
        return passed.stream().filter(a -> a.getActivityId().equals(source)).anyMatch(s -> passed.stream()
                .filter(t -> t.getActivityId().equals(target))
                .filter(t -> t.getParentActivityInstanceId() != null && t.getParentActivityInstanceId().equals(s.getParentActivityInstanceId()))
                .anyMatch(t -> !t.getStartTime().before(s.getStartTime()) && t.getId() != null && !t.getId().equals(s.getId())));
    }

    // ---- helpers ----

    private SenSupportRecord place(Child child, NeedType... needs) {
        SenSupportRecord record = support.placeOnSenSupport(child.getId(), new SupportCommands.Place(today(), today(), List.of(needs)), senco);
        return record;
    }

    private ProcessInstance instance(SenSupportRecord record) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(SenSupportNames.PROCESS)
                .processInstanceBusinessKey(Long.toString(record.getId())).singleResult();
        instances.add(pi.getId());
        return pi;
    }

    /** Assess, plan, review brought forward, review with the outcome given. */
    private void oneCycle(Child child, ReviewOutcome outcome) {
        support.assess(child.getId(), new SupportCommands.Assess("Assessment.", "Attainment data.", null, null), senco);
        support.plan(child.getId(), new SupportCommands.Plan("Outcome.", "Provision.", today().plusWeeks(6)), senco);
        support.bringReviewForward(child.getId(), senco);
        int n = (int) pupil(child).cycles().stream().filter(c -> c.isComplete()).count() + 1;
        support.review(child.getId(), new SupportCommands.Review(outcome, "Review " + n), senco);
    }

    private void assertCaseworkerDecides(long caseId) {
        ProcessInstance statutory = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId)).singleResult();
        assertThat(statutory).isWaitingAt(CaseSteps.DECIDE_WHETHER_TO_ASSESS).task().hasCandidateGroup("la:LA1:caseworker");
    }

    private SupportViews.PupilSupport pupil(Child child) {
        return supportQueries.pupil(child.getId(), senco);
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
    }

    private static LocalDate today() {
        return StatutoryClock.today(java.time.Clock.fixed(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC));
    }

    private static void today(LocalDate date, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(date, time, StatutoryClock.LONDON).toInstant()));
    }

    private static Date at(LocalDate date) {
        return StatutoryClock.timerDate(date);
    }
}
