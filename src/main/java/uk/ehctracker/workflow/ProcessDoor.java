package uk.ehctracker.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;

/**
 * The one shape of door into the engine, for any process model: instances are found by their
 * model's key and a business key (the record's id), so each feature's port (the case's
 * process, a pupil's SEN support, the reviews to come) is a few lines over this class. Runs in
 * the caller's transaction.
 */
final class ProcessDoor {

    static final String SAME_MOMENT = "This was done by someone else at the same moment; nothing was done twice. Reload the page.";

    private final String processKey;
    private final RuntimeService runtime;
    private final TaskService tasks;

    ProcessDoor(String processKey, RuntimeService runtime, TaskService tasks) {
        this.processKey = processKey;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    static String businessKey(long id) {
        return Long.toString(id);
    }

    void start(long id, Map<String, Object> variables) {
        unwrapped(() -> runtime.startProcessInstanceByKey(processKey, businessKey(id), variables));
    }

    /** Starts the record's instance at the model's message start event of this name. */
    void startByMessage(long id, String messageName, Map<String, Object> variables) {
        unwrapped(() -> runtime.startProcessInstanceByMessage(messageName, businessKey(id), variables));
    }

    /** Ends the record's running instance(s), if any, with the reason in the history. */
    void end(long id, String reason) {
        runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey(id))
                .list().forEach(pi -> runtime.deleteProcessInstance(pi.getId(), reason));
    }

    boolean isRunning(long id) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey(id))
                .active()
                .count() > 0;
    }

    /** The open user tasks of the record's instance, optionally of one element only. */
    List<Task> openTasks(long id, String taskKey) {
        var query = tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey(id));
        if (taskKey != null) {
            query = query.taskDefinitionKey(taskKey);
        }
        return query.list();
    }

    Optional<Task> openTask(long id, String taskKey) {
        return openTasks(id, taskKey).stream().findFirst();
    }

    /** The open task of an element whose local or inherited {@code variable} equals {@code value} (parallel instances). */
    Optional<Task> openTask(long id, String taskKey, String variable, Object value) {
        return openTasks(id, taskKey).stream()
                .filter(t -> value.equals(tasks.getVariable(t.getId(), variable)))
                .findFirst();
    }

    List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    /** Completes the record's waiting task, or says plainly that it is not at that step. */
    void complete(long id, String taskKey, Map<String, Object> variables, String notWaiting) {
        Task task = openTask(id, taskKey).orElseThrow(() -> new ConflictException(notWaiting));
        completeTask(task.getId(), variables);
    }

    void completeTask(String taskId, Map<String, Object> variables) {
        unwrapped(() -> {
            tasks.complete(taskId, variables);
            return null;
        });
    }

    /** Sends a message to the record's instance. */
    void message(long id, String messageName, String notWaiting) {
        message(id, messageName, Map.of(), notWaiting);
    }

    /** Sends a message to the record's instance, setting these variables on it (what the model routes on). */
    void message(long id, String messageName, Map<String, Object> variables, String notWaiting) {
        String instanceId = runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey(id))
                .list().stream().map(p -> p.getId()).findFirst()
                .orElseThrow(() -> new ConflictException(notWaiting));
        unwrapped(() -> runtime.createMessageCorrelation(messageName).processInstanceId(instanceId).setVariables(variables)
                .correlateWithResult());
    }

    /** Sends a message to the one waiting execution whose {@code variable} equals {@code value}. */
    void message(long id, String messageName, String variable, Object value, String notWaiting) {
        List<Execution> waiting = runtime.createExecutionQuery()
                .processInstanceBusinessKey(businessKey(id))
                .messageEventSubscriptionName(messageName)
                .list();
        Execution execution = waiting.stream()
                .filter(e -> value.equals(runtime.getVariable(e.getId(), variable)))
                .findFirst()
                .orElseThrow(() -> new ConflictException(notWaiting));
        unwrapped(() -> {
            runtime.messageEventReceived(messageName, execution.getId());
            return null;
        });
    }

    /** The element ids the record's instances are at now. */
    Set<String> activeElements(long id) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey(id))
                .list().stream()
                .flatMap(pi -> runtime.getActiveActivityIds(pi.getId()).stream())
                .collect(Collectors.toSet());
    }

    /** Whether an execution of the record waits at this element (a wait state or a receive event). */
    boolean isAt(long id, String elementId) {
        return runtime.createExecutionQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey(id))
                .activityId(elementId)
                .count() > 0;
    }

    boolean awaitsMessage(long id, String messageName) {
        return runtime.createExecutionQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey(id))
                .messageEventSubscriptionName(messageName)
                .count() > 0;
    }

    /**
     * A service the model calls may refuse (an open request already exists, say); the engine wraps
     * the refusal, so it is unwrapped here for the screens and the API to show as any other. The
     * same command arriving twice at once (a double click, a client's retry) reaches the engine
     * twice: the second finds the task gone, the message no longer awaited or the execution changed
     * under it, and is refused as a conflict with nothing done twice.
     */
    static <T> T unwrapped(Supplier<T> engineCall) {
        try {
            return engineCall.get();
        } catch (OptimisticLockingException | NullValueException | MismatchingMessageCorrelationException e) {
            throw new ConflictException(SAME_MOMENT);
        } catch (ProcessEngineException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConflictException || cause instanceof BadInputException || cause instanceof NotFoundException) {
                throw (RuntimeException) cause;
            }
            throw e;
        }
    }
}
