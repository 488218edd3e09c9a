package uk.ehctracker.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.assessment.AssessmentDeadlines;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;

/**
 * {@code ${deadlines...}}: the timers' dates and what happens when they fire. Reminders fire at
 * 09:00 Europe/London on their own date; a due timer fires at 09:00 on the day after the due
 * date, the last lawful day (docs/law.md s0 item 3; docs/decisions/0002).
 */
@Component("deadlines")
public class DeadlineTimers {

    private final AssessmentDeadlines deadlines;
    private final CaseProcess process;

    DeadlineTimers(AssessmentDeadlines deadlines, CaseProcess process) {
        this.deadlines = deadlines;
        this.process = process;
    }

    public Date reminderAt(Long caseId, String limit) {
        return StatutoryClock.timerDate(deadlines.reminderDate(caseId, TimeLimit.valueOf(limit)));
    }

    /** reg 5(1), 10(1), 13(2): the due date is the last lawful day; escalate at 09:00 the day after. */
    public Date dueAt(Long caseId, String limit) {
        return StatutoryClock.escalationTimerDate(deadlines.dueDate(caseId, TimeLimit.valueOf(limit)));
    }

    /** reg 13(1): the family's window includes its last day; the process moves on the morning after. */
    public Date closesAt(Long caseId, String limit) {
        return StatutoryClock.timerDate(deadlines.dayAfterWindow(caseId, TimeLimit.valueOf(limit)));
    }

    /** reg 13(1): the family's 15 days ended without comments: the step closes, nobody failed. */
    public void windowEnded(DelegateExecution execution, String limit) {
        deadlines.windowEnded(ProcessVariables.caseIdOf(execution), TimeLimit.valueOf(limit));
    }

    public void remind(DelegateExecution execution, String limit) {
        deadlines.remind(ProcessVariables.caseIdOf(execution), TimeLimit.valueOf(limit));
    }

    public void escalate(DelegateExecution execution, String limit) {
        long caseId = ProcessVariables.caseIdOf(execution);
        if (deadlines.escalate(caseId, TimeLimit.valueOf(limit)) == AssessmentDeadlines.Escalation.ESCALATE) {
            // the manager reads the limit that was missed: after an order, the order's own (reg 44; reg 45)
            process.startMissedDeadlineReview(caseId, deadlines.managersOf(caseId),
                    deadlines.inForce(caseId, TimeLimit.valueOf(limit)).name(), null);
        }
    }
}
