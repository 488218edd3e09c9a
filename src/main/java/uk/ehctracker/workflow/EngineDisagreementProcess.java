package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Messages;
import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.ehctracker.disagreement.DisagreementProcess;
import uk.ehctracker.disagreement.TribunalOutcome;
import uk.ehctracker.statutory.StatutoryClock;

/** A disagreement's process on the engine: bpmn/disagreement.bpmn, keyed by the disagreement's id. */
@Component
class EngineDisagreementProcess implements DisagreementProcess {

    private static final String NOT_AT_STEP = "The disagreement is not at that step";

    private final ProcessDoor door;
    private final ProcessDoor missedDeadlines;

    EngineDisagreementProcess(RuntimeService runtime, TaskService tasks) {
        this.door = new ProcessDoor(ProcessNames.DISAGREEMENT_PROCESS, runtime, tasks);
        this.missedDeadlines = new ProcessDoor(ProcessNames.MISSED_DEADLINE_PROCESS, runtime, tasks);
    }

    @Override
    public void start(Routing routing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.DISAGREEMENT_ID, routing.disagreementId());
        variables.put(Variables.CASE_ID, routing.caseId());
        variables.put(Variables.CASEWORKERS, routing.caseworkers());
        variables.put(Variables.MANAGERS, routing.managers());
        variables.put(Variables.CERTIFICATE_NEEDED, routing.certificateNeeded());
        variables.put(Variables.APPEAL_TIME_ENDS, appealTimeEnds(routing.appealDeadline()));
        door.start(routing.disagreementId(), variables);
    }

    @Override
    public void adviserContacted(long disagreementId, boolean wantsMediation) {
        door.message(disagreementId, Messages.MEDIATION_ADVISER_CONTACTED, Map.of(Variables.WANTS_MEDIATION, wantsMediation), NOT_AT_STEP);
    }

    @Override
    public void mediationHeld(long disagreementId) {
        door.complete(disagreementId, "arrangeMediation", Map.of(), NOT_AT_STEP);
    }

    @Override
    public void certificateIssued(long disagreementId, LocalDate appealDeadline) {
        door.message(disagreementId, Messages.MEDIATION_CERTIFICATE_ISSUED,
                Map.of(Variables.APPEAL_TIME_ENDS, appealTimeEnds(appealDeadline)), NOT_AT_STEP);
    }

    @Override
    public void appealRegistered(long disagreementId, boolean responseDueKnown) {
        door.message(disagreementId, Messages.APPEAL_REGISTERED, Map.of(Variables.RESPONSE_DUE_KNOWN, responseDueKnown), NOT_AT_STEP);
    }

    @Override
    public void responseDueRecorded(long disagreementId) {
        door.complete(disagreementId, "recordResponseDue", Map.of(), NOT_AT_STEP);
    }

    @Override
    public void responseSent(long disagreementId) {
        door.complete(disagreementId, "respondToAppeal", Map.of(), NOT_AT_STEP);
    }

    @Override
    public void outcome(long disagreementId, TribunalOutcome outcome) {
        if (outcome == TribunalOutcome.CONCEDED && door.awaitsMessage(disagreementId, Messages.APPEAL_CONCEDED)) {
            // reg 45: conceded before the LA's response was sent
            door.message(disagreementId, Messages.APPEAL_CONCEDED, NOT_AT_STEP);
        } else {
            door.message(disagreementId, Messages.TRIBUNAL_DECIDED, Map.of(Variables.OUTCOME, outcome.name()), NOT_AT_STEP);
        }
    }

    @Override
    public boolean isAt(long disagreementId, String elementId) {
        return door.isAt(disagreementId, elementId);
    }

    @Override
    public Set<String> activeElements(long disagreementId) {
        return door.activeElements(disagreementId);
    }

    @Override
    public void startManagersReview(long caseId, String managers, String what) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, caseId);
        variables.put(Variables.MANAGERS, managers);
        variables.put(Variables.TIME_LIMIT, what);
        missedDeadlines.start(caseId, variables);
    }

    /** HESC Rules r20: the last day to appeal is the due date; the process stops waiting the morning after. */
    private static java.util.Date appealTimeEnds(LocalDate appealDeadline) {
        return StatutoryClock.escalationTimerDate(appealDeadline);
    }
}
