package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.transfer.TransferProcess;

/** A plan's move to another LA on the engine: bpmn/plan-transfer.bpmn, keyed by the move's id. */
@Component
class EngineTransferProcess implements TransferProcess {

    private static final String NOT_AT_STEP = "The move is not at that step";

    private final ProcessDoor door;
    private final CaseProcess cases;

    EngineTransferProcess(RuntimeService runtime, TaskService tasks, CaseProcess cases) {
        this.door = new ProcessDoor(ProcessNames.TRANSFER_PROCESS, runtime, tasks);
        this.cases = cases;
    }

    @Override
    public void start(Routing routing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.TRANSFER_ID, routing.transferId());
        variables.put(Variables.CASE_ID, routing.caseId());
        variables.put(Variables.OLD_CASEWORKERS, routing.oldCaseworkers());
        variables.put(Variables.OLD_MANAGERS, routing.oldManagers());
        variables.put(Variables.NEW_CASEWORKERS, routing.newCaseworkers());
        variables.put(Variables.NEW_MANAGERS, routing.newManagers());
        door.start(routing.transferId(), variables);
    }

    @Override
    public void transferred(long transferId) {
        door.complete(transferId, "transferPlan", Map.of(), NOT_AT_STEP);
    }

    @Override
    public void familyTold(long transferId) {
        door.complete(transferId, "tellFamilyOfTransfer", Map.of(), NOT_AT_STEP);
    }

    @Override
    public boolean isAt(long transferId, String elementId) {
        return door.isAt(transferId, elementId);
    }

    @Override
    public Set<String> activeElements(long transferId) {
        return door.activeElements(transferId);
    }

    @Override
    public void startManagersReview(long caseId, String managers, String what) {
        // the same missed-deadline-review the case's own deadlines start, keyed by the case
        cases.startMissedDeadlineReview(caseId, managers, what, null);
    }
}
