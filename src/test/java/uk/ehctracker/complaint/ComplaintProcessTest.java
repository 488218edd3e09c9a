package uk.ehctracker.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static uk.ehctracker.testing.EngineTime.nineAm;
import static uk.ehctracker.testing.EngineTime.now;
import static uk.ehctracker.testing.EngineTime.today;

import java.time.LocalDate;
import java.time.LocalTime;
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
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.testing.ProcessTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.workflow.ProcessNames;

/**
 * bpmn/complaint.bpmn on every path and its timer, driven through the service as the family and
 * the council use it. Reply-by dates count the council's 20 working days after the day a stage
 * opened, across Christmas and Easter; the timer fires the morning after the last day.
 */
@ProcessTest
@TestPropertySource(properties = "ehc.test.coverage.fixtures=ehc-needs-assessment")
class ComplaintProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired AssessmentService assessments;
    @Autowired ComplaintService complaints;
    @Autowired TestPeople people;

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
    void aConcernAboutSchool_goesThroughEachStageToTheGovernors_andThenToTheDepartmentForEducation() {
        long caseId = caseReceived(LocalDate.of(2026, 11, 2));
        today(LocalDate.of(2026, 12, 7));
        Complaint c = complaints.raise(caseId, new ComplaintService.NewComplaint(ComplaintAbout.SCHOOL,
                "The reading support in her plan at school stopped in October.", LocalDate.of(2026, 12, 7), null), parent);
        ProcessInstance pi = instance(c);
        assertThat(pi).isWaitingAt("awaitReply");
        // 20 working days after Monday 7 December 2026: Christmas (Fri 25th), Boxing Day's substitute (Mon 28th)
        // and New Year's Day (Fri 1 January) are not counted
        assertThat(stage(caseId).getStage()).isEqualTo(ComplaintStage.CLASS_TEACHER);
        assertThat(stage(caseId).getReplyBy()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(timer(pi).getDuedate()).isEqualTo(nineAm(LocalDate.of(2027, 1, 8)));

        today(LocalDate.of(2026, 12, 14));
        complaints.recordReply(caseId, c.getId(), LocalDate.of(2026, 12, 14), "The teacher says it restarts in January.", parent);
        assertThat(pi).isWaitingAt("familyDecides").hasPassed("anotherStage");

        today(LocalDate.of(2026, 12, 15));
        complaints.escalate(caseId, c.getId(), LocalDate.of(2026, 12, 15), null, parent);
        assertThat(pi).isWaitingAt("awaitReply").hasPassed("escalated");
        assertThat(stage(caseId).getStage()).isEqualTo(ComplaintStage.SENCO);
        // Tuesday 15 December: the 20th working day is Friday 15 January 2027
        assertThat(stage(caseId).getReplyBy()).isEqualTo(LocalDate.of(2027, 1, 15));

        // no reply from the SENCO: the late reply is recorded the morning after; a school's stage asks no manager
        now(LocalDate.of(2027, 1, 16), LocalTime.of(9, 1));
        execute(timer(pi));
        assertThat(pi).hasPassed("reportLateReply", "lateReplyReported").isWaitingAt("awaitReply");
        assertThat(stage(caseId).getLateReportedOn()).isEqualTo(LocalDate.of(2027, 1, 16));
        assertThat(managerReviews(caseId)).isZero();

        // late, so the family may go on without the reply, to the head teacher by the school's own date
        today(LocalDate.of(2027, 1, 18));
        complaints.escalate(caseId, c.getId(), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 1), parent);
        assertThat(pi).hasPassed("escalatedBeforeReply").isWaitingAt("awaitReply");
        assertThat(stage(caseId).getStage()).isEqualTo(ComplaintStage.HEAD_TEACHER);
        assertThat(stage(caseId).getReplyBy()).isEqualTo(LocalDate.of(2027, 2, 1));

        today(LocalDate.of(2027, 1, 29));
        complaints.recordReply(caseId, c.getId(), LocalDate.of(2027, 1, 29), "The head teacher will review the support.", parent);
        today(LocalDate.of(2027, 2, 1));
        complaints.escalate(caseId, c.getId(), LocalDate.of(2027, 2, 1), null, parent);
        assertThat(stage(caseId).getStage()).isEqualTo(ComplaintStage.GOVERNORS);
        assertThat(stage(caseId).getReplyBy()).isEqualTo(LocalDate.of(2027, 3, 1));

        today(LocalDate.of(2027, 2, 26));
        complaints.recordReply(caseId, c.getId(), LocalDate.of(2027, 2, 26), "The panel upheld the complaint in part.", parent);
        assertThat(pi).hasPassed("procedureFinished").isEnded();
        Complaint ended = complaints.onCase(caseId, parent).get(0);
        assertThat(ended.getClosedHow()).isEqualTo(Complaint.Closed.PROCEDURE_FINISHED);
        assertThat(ended.getClosedOn()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(ended.getStages()).extracting(ComplaintStageRecord::getStage).containsExactly(ComplaintStage.CLASS_TEACHER,
                ComplaintStage.SENCO, ComplaintStage.HEAD_TEACHER, ComplaintStage.GOVERNORS);
        assertThatThrownBy(() -> complaints.escalate(caseId, c.getId(), LocalDate.of(2027, 2, 26), null, parent))
                .isInstanceOf(ConflictException.class).hasMessage(ComplaintService.CLOSED);
    }

    @Test
    void aLateReplyAtTheCouncilsStage_goesToItsManagers_andTheFamilyContentWithTheReply_endsIt() {
        long caseId = caseReceived(LocalDate.of(2027, 1, 4));
        today(LocalDate.of(2027, 3, 15));
        Complaint c = complaints.raise(caseId, new ComplaintService.NewComplaint(ComplaintAbout.COUNCIL,
                "Nobody answered our calls about the assessment for five weeks.", LocalDate.of(2027, 3, 15), null), caseworker);
        ProcessInstance pi = instance(c);
        assertThat(stage(caseId).getStage()).isEqualTo(ComplaintStage.COUNCIL_FIRST);
        // Monday 15 March 2027: Good Friday (26th) and Easter Monday (29th) are not counted
        assertThat(stage(caseId).getReplyBy()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(timer(pi).getDuedate()).isEqualTo(nineAm(LocalDate.of(2027, 4, 15)));

        // the family cannot go on while the council still has time to reply
        today(LocalDate.of(2027, 4, 14));
        assertThatThrownBy(() -> complaints.escalate(caseId, c.getId(), LocalDate.of(2027, 4, 14), null, parent))
                .isInstanceOf(ConflictException.class).hasMessageContaining("the council's complaints team has replied");

        now(LocalDate.of(2027, 4, 15), LocalTime.of(9, 1));
        execute(timer(pi));
        assertThat(pi).hasPassed("reportLateReply").isWaitingAt("awaitReply");
        assertThat(managerReviews(caseId)).isEqualTo(1);

        today(LocalDate.of(2027, 4, 20));
        complaints.recordReply(caseId, c.getId(), LocalDate.of(2027, 4, 20), "We apologise; a caseworker now calls weekly.", caseworker);
        assertThat(stage(caseId).isLate(LocalDate.of(2027, 4, 20))).isTrue();
        today(LocalDate.of(2027, 4, 21));
        complaints.resolve(caseId, c.getId(), LocalDate.of(2027, 4, 21), parent);
        assertThat(pi).hasPassed("familyContent", "resolved").isEnded();
        assertThat(complaints.onCase(caseId, caseworker).get(0).getClosedHow()).isEqualTo(Complaint.Closed.RESOLVED);
    }

    @Test
    void badInputIsRefusedNamingTheField_nothingWritten_otherFamiliesSeeNothing_andAConcernMayBeResolvedBeforeAReply() {
        long caseId = caseReceived(LocalDate.of(2027, 1, 4));
        today(LocalDate.of(2027, 1, 11));
        assertThatThrownBy(() -> complaints.raise(caseId, new ComplaintService.NewComplaint(null, " ", LocalDate.of(2027, 1, 12), null),
                parent)).isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("about", "summary", "raisedOn"));
        assertThat(complaints.onCase(caseId, parent)).isEmpty();
        assertThatThrownBy(() -> complaints.raise(caseId, new ComplaintService.NewComplaint(ComplaintAbout.COUNCIL, "Late letters.",
                LocalDate.of(2027, 1, 11), null), people.user("parent2"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> complaints.onCase(caseId, people.user("caseworker2"))).isInstanceOf(NotFoundException.class);

        Complaint c = complaints.raise(caseId, new ComplaintService.NewComplaint(ComplaintAbout.COUNCIL, "Late letters.",
                LocalDate.of(2027, 1, 11), null), parent);
        assertThatThrownBy(() -> complaints.recordReply(caseId, c.getId(), LocalDate.of(2027, 1, 8), "", parent))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("repliedOn", "reply"));
        assertThat(stage(caseId).getRepliedOn()).isNull();

        ProcessInstance pi = instance(c);
        complaints.resolve(caseId, c.getId(), LocalDate.of(2027, 1, 11), parent);
        assertThat(pi).hasPassed("resolvedBeforeReply", "resolvedWithoutReply").isEnded();
    }

    // ---- fixtures ----

    private long caseReceived(LocalDate received) {
        today(received);
        Child child = people.newChildOfParent(LocalDate.of(2017, 3, 9));
        return assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, received,
                "Her reading has not moved in two years.", "Aisha Khan", null), caseworker).getId();
    }

    private ComplaintStageRecord stage(long caseId) {
        var all = complaints.onCase(caseId, caseworker);
        return all.get(all.size() - 1).current();
    }

    private ProcessInstance instance(Complaint c) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.COMPLAINT_PROCESS)
                .processInstanceBusinessKey(Long.toString(c.getId())).singleResult();
    }

    private Job timer(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId("replyLate").singleResult();
    }

    private long managerReviews(long caseId) {
        return tasks.createTaskQuery().processDefinitionKey(ProcessNames.MISSED_DEADLINE_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId)).taskCandidateGroup("la:LA1:manager").count();
    }
}
