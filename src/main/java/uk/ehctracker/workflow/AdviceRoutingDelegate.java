package uk.ehctracker.workflow;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.assessment.CaseRouting;
import uk.ehctracker.assessment.AssessmentDeadlines;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;

/** {@code ${adviceRouting...}}: one parallel branch per adviser, each with its own dates (reg 6, reg 8). */
@Component("adviceRouting")
public class AdviceRoutingDelegate {

    private final CaseRouting routing;
    private final AssessmentDeadlines deadlines;
    private final CaseProcess process;

    AdviceRoutingDelegate(CaseRouting routing, AssessmentDeadlines deadlines, CaseProcess process) {
        this.routing = routing;
        this.deadlines = deadlines;
        this.process = process;
    }

    public void requestAll(DelegateExecution execution) {
        long caseId = ProcessVariables.caseIdOf(execution);
        execution.setVariable(ProcessNames.Variables.ADVICE_REQUEST_IDS, new ArrayList<>(routing.openAdviceRequestIds(caseId)));
        // reg 6(1), reg 8(1): each adviser is sent the request when asked, with its due date
        deadlines.askAdvisers(caseId);
    }

    public String candidateGroups(Long adviceRequestId) {
        return routing.candidateGroup(adviceRequestId);
    }

    public Date chaseAt(Long adviceRequestId) {
        return StatutoryClock.timerDate(deadlines.adviceChaseDate(adviceRequestId));
    }

    /** reg 8(1): the advice's due date is the last lawful day; escalate at 09:00 the day after. */
    public Date dueAt(Long adviceRequestId) {
        return StatutoryClock.escalationTimerDate(deadlines.adviceDueDate(adviceRequestId));
    }

    public void chase(Long adviceRequestId) {
        deadlines.chaseAdvice(adviceRequestId);
    }

    public void escalate(DelegateExecution execution, Long adviceRequestId) {
        if (deadlines.escalateAdvice(adviceRequestId) == AssessmentDeadlines.Escalation.ESCALATE) {
            long caseId = ProcessVariables.caseIdOf(execution);
            process.startMissedDeadlineReview(caseId, deadlines.managersOf(caseId), TimeLimit.ADVICE.name(), adviceRequestId);
        }
    }
}
