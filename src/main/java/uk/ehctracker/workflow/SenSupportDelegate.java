package uk.ehctracker.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.support.SenSupportNames;
import uk.ehctracker.support.SenSupportProcessSteps;

/**
 * {@code ${senSupport...}} in bpmn/sen-support.bpmn: timer dates (09:00 Europe/London on the
 * stored dates), the candidate group, and the steps the engine runs. Thin: each method reads the
 * record id and calls {@link SenSupportProcessSteps}. Public: the engine calls it by reflection.
 */
@Component("senSupport")
public class SenSupportDelegate {

    private final SenSupportProcessSteps service;

    SenSupportDelegate(SenSupportProcessSteps service) {
        this.service = service;
    }

    public String schoolGroup(Long recordId) {
        return service.schoolGroup(recordId);
    }

    public Date reviewAt(Long recordId) {
        return StatutoryClock.timerDate(service.reviewDate(recordId));
    }

    public Date reviewReminderAt(Long recordId) {
        return StatutoryClock.timerDate(service.reviewReminderDate(recordId));
    }

    /** Code 6.65: once a term (an ISO 8601 repeating interval). */
    public String meetingCheckCycle() {
        return service.meetingCheckCycle();
    }

    public void placed(DelegateExecution execution) {
        service.placed(recordId(execution));
    }

    public void requestAssessment(DelegateExecution execution) {
        service.sendRequest(recordId(execution));
    }

    public void leave(DelegateExecution execution) {
        service.left(recordId(execution));
    }

    public void remindReview(DelegateExecution execution) {
        service.remindReview(recordId(execution));
    }

    public void remindMeeting(DelegateExecution execution) {
        service.remindMeetingIfNone(recordId(execution));
    }

    private static long recordId(DelegateExecution execution) {
        return ProcessVariables.idOf(execution, SenSupportNames.Variables.RECORD_ID);
    }
}
