package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.ehctracker.common.ConflictException;

/**
 * The services' door into the engine: start a case's process, complete its tasks, send it
 * messages. Runs inside the caller's transaction, so the case record and the process move
 * together or not at all.
 */
@Component
public class AssessmentProcess {

    /** The routing a case's process needs when it starts. */
    public record Routing(long caseId, String caseworkers, String managers, String family) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;

    AssessmentProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public void start(Routing routing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, routing.caseId());
        variables.put(Variables.CASEWORKERS, routing.caseworkers());
        variables.put(Variables.MANAGERS, routing.managers());
        variables.put(Variables.FAMILY, routing.family());
        runtime.startProcessInstanceByKey(ProcessNames.ASSESSMENT_PROCESS, businessKey(routing.caseId()), variables);
    }

    /** Starts the manager's review of a missed deadline, beside the case's own process. */
    public void startMissedDeadlineReview(long caseId, String managers, String timeLimit, Long adviceRequestId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, caseId);
        variables.put(Variables.MANAGERS, managers);
        variables.put(Variables.TIME_LIMIT, timeLimit);
        if (adviceRequestId != null) {
            variables.put(Variables.ADVICE_REQUEST_ID, adviceRequestId);
        }
        runtime.startProcessInstanceByKey(ProcessNames.MISSED_DEADLINE_PROCESS, businessKey(caseId), variables);
    }

    /** The open task of this kind on the case, if the process is waiting there. */
    public Optional<Task> openTask(long caseId, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey(caseId))
                .processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .taskDefinitionKey(taskKey)
                .list().stream().findFirst();
    }

    /** The open advice task for one advice request (one per adviser, in parallel). */
    public Optional<Task> openAdviceTask(long caseId, long adviceRequestId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey(caseId))
                .taskDefinitionKey(ProcessNames.Tasks.GIVE_ADVICE)
                .list().stream()
                .filter(t -> Long.valueOf(adviceRequestId).equals(tasks.getVariable(t.getId(), Variables.ADVICE_REQUEST_ID)))
                .findFirst();
    }

    /** The groups a task is offered to. */
    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    /** Completes the case's waiting task, or says plainly that the case is not at that step. */
    public void complete(long caseId, String taskKey, Map<String, Object> routingVariables) {
        Task task = openTask(caseId, taskKey)
                .orElseThrow(() -> new ConflictException("This case is not waiting for that step"));
        tasks.complete(task.getId(), routingVariables);
    }

    public void completeAdvice(long caseId, long adviceRequestId) {
        Task task = openAdviceTask(caseId, adviceRequestId)
                .orElseThrow(() -> new ConflictException("This advice is not awaited"));
        tasks.complete(task.getId());
    }

    /** reg 6(4): ends one adviser's wait through the model's "advice waived" boundary event. */
    public void waiveAdvice(long caseId, long adviceRequestId) {
        List<Execution> waiting = runtime.createExecutionQuery()
                .processInstanceBusinessKey(businessKey(caseId))
                .messageEventSubscriptionName(ProcessNames.Messages.ADVICE_WAIVED)
                .list();
        Execution execution = waiting.stream()
                .filter(e -> Long.valueOf(adviceRequestId).equals(runtime.getVariable(e.getId(), Variables.ADVICE_REQUEST_ID)))
                .findFirst()
                .orElseThrow(() -> new ConflictException("This advice is not awaited"));
        runtime.messageEventReceived(ProcessNames.Messages.ADVICE_WAIVED, execution.getId());
    }

    public void withdraw(long caseId) {
        runtime.createMessageCorrelation(ProcessNames.Messages.REQUEST_WITHDRAWN)
                .processInstanceBusinessKey(businessKey(caseId))
                .correlate();
    }

    public boolean isRunning(long caseId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .processInstanceBusinessKey(businessKey(caseId))
                .count() > 0;
    }

    public static String businessKey(long caseId) {
        return Long.toString(caseId);
    }
}
