package uk.ehctracker.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.complaint.ComplaintService;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * {@code ${complaintClocks...}}: a complaint stage's reply-by timer. It fires at 09:00
 * Europe/London the day after the reply-by date, the last day for the reply; a late reply at the
 * council's own stages starts the manager's review beside the case, as missed deadlines do.
 */
@Component("complaintClocks")
public class ComplaintClocks {

    /** The missed-deadline review's name for a complaint reply that came late. */
    static final String LATE_COMPLAINT_REPLY = "COMPLAINT_REPLY";

    private final ComplaintService complaints;
    private final CaseProcess cases;

    ComplaintClocks(ComplaintService complaints, CaseProcess cases) {
        this.complaints = complaints;
        this.cases = cases;
    }

    public Date replyLateAt(Long complaintId) {
        return StatutoryClock.escalationTimerDate(complaints.replyDueBy(complaintId));
    }

    public void late(DelegateExecution execution) {
        long complaintId = ((Number) execution.getVariable(ProcessNames.Variables.COMPLAINT_ID)).longValue();
        if (complaints.lateReplyReported(complaintId)) {
            cases.startMissedDeadlineReview(ProcessVariables.caseIdOf(execution),
                    (String) execution.getVariable(ProcessNames.Variables.MANAGERS), LATE_COMPLAINT_REPLY, null);
        }
    }
}
