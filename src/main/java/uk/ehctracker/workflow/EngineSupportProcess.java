package uk.ehctracker.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.ehctracker.support.SenSupportNames;
import uk.ehctracker.support.SupportProcess;

/** A pupil's SEN support on the engine: bpmn/sen-support.bpmn, keyed by the SEN support record's id. */
@Component
class EngineSupportProcess implements SupportProcess {

    private final ProcessDoor door;

    EngineSupportProcess(RuntimeService runtime, TaskService tasks) {
        this.door = new ProcessDoor(SenSupportNames.PROCESS, runtime, tasks);
    }

    @Override
    public void start(long recordId) {
        door.start(recordId, Map.of(SenSupportNames.Variables.RECORD_ID, recordId));
    }

    @Override
    public boolean isRunning(long recordId) {
        return door.isRunning(recordId);
    }

    @Override
    public List<String> openSteps(long recordId) {
        return door.openTasks(recordId, null).stream().map(Task::getTaskDefinitionKey).toList();
    }

    @Override
    public boolean isDelivering(long recordId) {
        return door.isAt(recordId, SenSupportNames.DELIVER_PROVISION)
                || door.awaitsMessage(recordId, SenSupportNames.Messages.REVIEW_BROUGHT_FORWARD);
    }

    @Override
    public void complete(long recordId, String step, Map<String, Object> variables) {
        door.complete(recordId, step, variables, "This pupil's SEN support is not at that step");
    }

    @Override
    public void end(long recordId, String reason) {
        door.end(recordId, reason);
    }

    @Override
    public void message(long recordId, String messageName) {
        door.message(recordId, messageName, "This pupil's SEN support is not running");
    }
}
