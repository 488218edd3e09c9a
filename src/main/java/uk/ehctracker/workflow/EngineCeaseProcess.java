package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Messages;
import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.ehctracker.cessation.CeaseProcess;

/** Ceasing a plan on the engine: bpmn/cease-plan.bpmn, keyed by the cessation's id. */
@Component
class EngineCeaseProcess implements CeaseProcess {

    private static final String NOT_AT_STEP = "Ceasing the plan is not at that step";

    private final ProcessDoor door;

    EngineCeaseProcess(RuntimeService runtime, TaskService tasks) {
        this.door = new ProcessDoor(ProcessNames.CEASE_PROCESS, runtime, tasks);
    }

    @Override
    public void start(Routing routing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CESSATION_ID, routing.cessationId());
        variables.put(Variables.CASE_ID, routing.caseId());
        variables.put(Variables.CASEWORKERS, routing.caseworkers());
        door.start(routing.cessationId(), variables);
    }

    @Override
    public void consulted(long cessationId) {
        door.complete(cessationId, "informAndConsult", Map.of(), NOT_AT_STEP);
    }

    @Override
    public void decided(long cessationId, boolean ceases) {
        door.complete(cessationId, "decideWhetherToCease", Map.of(Variables.CEASES, ceases), NOT_AT_STEP);
    }

    @Override
    public void disagreementEnded(long cessationId, boolean ceaseStands) {
        door.message(cessationId, Messages.CEASE_DISAGREEMENT_ENDED, Map.of(Variables.CEASE_STANDS, ceaseStands), NOT_AT_STEP);
    }

    @Override
    public boolean isAt(long cessationId, String elementId) {
        return door.isAt(cessationId, elementId);
    }

    @Override
    public Set<String> activeElements(long cessationId) {
        return door.activeElements(cessationId);
    }
}
