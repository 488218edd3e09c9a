package uk.ehctracker.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.ProcessEngineException;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;

/**
 * The service's door into the engine for {@code sen-support}: start a pupil's process, complete
 * its tasks, send it messages. Runs inside the caller's transaction.
 */
@Component
public class SenSupportProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;

    SenSupportProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void start(long recordId) {
        runtime.startProcessInstanceByKey(SenSupportNames.PROCESS, businessKey(recordId),
                Map.of(SenSupportNames.Variables.RECORD_ID, recordId));
    }

    boolean isRunning(long recordId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(SenSupportNames.PROCESS)
                .processInstanceBusinessKey(businessKey(recordId))
                .active()
                .count() > 0;
    }

    /** The user tasks the pupil's process waits at (task definition keys). */
    List<String> openTasks(long recordId) {
        return tasks.createTaskQuery()
                .processDefinitionKey(SenSupportNames.PROCESS)
                .processInstanceBusinessKey(businessKey(recordId))
                .list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    /** Whether the process is in the "do" phase, waiting for the review date. */
    boolean isDelivering(long recordId) {
        return runtime.createExecutionQuery()
                .processDefinitionKey(SenSupportNames.PROCESS)
                .processInstanceBusinessKey(businessKey(recordId))
                .activityId(SenSupportNames.DELIVER_PROVISION)
                .count() > 0
                || runtime.createExecutionQuery()
                .processDefinitionKey(SenSupportNames.PROCESS)
                .processInstanceBusinessKey(businessKey(recordId))
                .messageEventSubscriptionName(SenSupportNames.Messages.REVIEW_BROUGHT_FORWARD)
                .count() > 0;
    }

    void complete(long recordId, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processDefinitionKey(SenSupportNames.PROCESS)
                .processInstanceBusinessKey(businessKey(recordId))
                .taskDefinitionKey(taskKey)
                .list().stream().findFirst()
                .orElseThrow(() -> new ConflictException("This pupil's SEN support is not at that step"));
        unwrapped(() -> tasks.complete(task.getId(), variables));
    }

    void message(long recordId, String messageName) {
        String instanceId = processInstanceId(recordId)
                .orElseThrow(() -> new ConflictException("This pupil's SEN support is not running"));
        unwrapped(() -> runtime.createMessageCorrelation(messageName)
                .processInstanceId(instanceId)
                .correlateWithResult());
    }

    /**
     * A service the model calls may refuse (an open request already exists, say); the engine wraps
     * the refusal, so it is unwrapped here for the screens to show as they show any other.
     */
    private static void unwrapped(Runnable engineCall) {
        try {
            engineCall.run();
        } catch (ProcessEngineException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConflictException || cause instanceof BadInputException || cause instanceof NotFoundException) {
                throw (RuntimeException) cause;
            }
            throw e;
        }
    }

    Optional<String> processInstanceId(long recordId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(SenSupportNames.PROCESS)
                .processInstanceBusinessKey(businessKey(recordId))
                .list().stream().map(p -> p.getId()).findFirst();
    }

    public static String businessKey(long recordId) {
        return Long.toString(recordId);
    }
}
