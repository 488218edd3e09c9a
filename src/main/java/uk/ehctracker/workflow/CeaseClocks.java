package uk.ehctracker.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * {@code ${ceaseClocks...}}: bpmn/cease-plan.bpmn's clock and steps. The time to appeal ends at the
 * end of its last day (docs/law.md s0 item 3): the timer fires at 09:00 Europe/London the day after.
 */
@Component("ceaseClocks")
public class CeaseClocks {

    private final CeaseService cessations;

    CeaseClocks(CeaseService cessations) {
        this.cessations = cessations;
    }

    /** HESC Rules r20: 2 months after the notice to cease was sent. */
    public Date appealTimeEndsAt(Long cessationId) {
        return StatutoryClock.escalationTimerDate(cessations.appealDeadline(cessationId));
    }

    /** CFA s45(4): a disagreement with the decision that may still become, or is, an appeal. */
    public boolean appealOpen(Long cessationId) {
        return cessations.appealOpen(cessationId);
    }

    public void ceasePlan(DelegateExecution execution) {
        cessations.planEnds(ProcessVariables.idOf(execution, ProcessNames.Variables.CESSATION_ID));
    }

    public void keepPlan(DelegateExecution execution) {
        cessations.planKept(ProcessVariables.idOf(execution, ProcessNames.Variables.CESSATION_ID));
    }
}
