package uk.ehctracker.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.disagreement.DisagreementClock;
import uk.ehctracker.disagreement.DisagreementProcess;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * {@code ${disagreementClocks...}}: the disagreement's timers. Each fires at 09:00 Europe/London
 * the day after its due date, the last lawful day (docs/law.md s0 item 3), and starts the
 * manager's review beside the case, as the assessment's missed deadlines do.
 */
@Component("disagreementClocks")
public class DisagreementClocks {

    private final DisagreementService disagreements;
    private final DisagreementProcess process;

    DisagreementClocks(DisagreementService disagreements, DisagreementProcess process) {
        this.disagreements = disagreements;
        this.process = process;
    }

    public Date dueAt(Long disagreementId, String clock) {
        return StatutoryClock.escalationTimerDate(disagreements.dueDate(disagreementId, DisagreementClock.valueOf(clock)));
    }

    /** reg 44; reg 45: the order, or the concession, re-enters the case's assessment at its step. */
    public void reenterAssessment(DelegateExecution execution) {
        disagreements.reenterAssessment(((Number) execution.getVariable(ProcessNames.Variables.DISAGREEMENT_ID)).longValue());
    }

    /** HESC Rules r20: no appeal in time; a decision to cease then stands (CFA s45(4)). */
    public void appealTimeUp(DelegateExecution execution) {
        disagreements.appealTimeUp(((Number) execution.getVariable(ProcessNames.Variables.DISAGREEMENT_ID)).longValue());
    }

    public void escalate(DelegateExecution execution, String clock) {
        process.startManagersReview(ProcessVariables.caseIdOf(execution),
                (String) execution.getVariable(ProcessNames.Variables.MANAGERS), "DISAGREEMENT_" + DisagreementClock.valueOf(clock).name());
    }
}
