package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Messages;
import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import uk.ehctracker.complaint.ComplaintProcess;

/** A complaint's process on the engine: bpmn/complaint.bpmn, keyed by the complaint's id. */
@Component
class EngineComplaintProcess implements ComplaintProcess {

    private static final String NOT_AT_STEP = "The complaint is not at that step";

    private final ProcessDoor door;

    EngineComplaintProcess(RuntimeService runtime, TaskService tasks) {
        this.door = new ProcessDoor(ProcessNames.COMPLAINT_PROCESS, runtime, tasks);
    }

    @Override
    public void start(Routing routing) {
        door.start(routing.complaintId(), Map.of(Variables.COMPLAINT_ID, routing.complaintId(), Variables.CASE_ID, routing.caseId(),
                Variables.MANAGERS, routing.managers()));
    }

    @Override
    public void replied(long complaintId, boolean lastStage) {
        door.message(complaintId, Messages.COMPLAINT_REPLIED, Map.of(Variables.LAST_STAGE, lastStage), NOT_AT_STEP);
    }

    @Override
    public void escalated(long complaintId) {
        door.message(complaintId, Messages.COMPLAINT_ESCALATED, NOT_AT_STEP);
    }

    @Override
    public void resolved(long complaintId) {
        door.message(complaintId, Messages.COMPLAINT_RESOLVED, NOT_AT_STEP);
    }

    @Override
    public Set<String> activeElements(long complaintId) {
        return door.activeElements(complaintId);
    }
}
