package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.ProcessDiagram;

/** The case's process on the engine: bpmn/ehc-needs-assessment.bpmn, keyed by the case id. */
@Component
class EngineCaseProcess implements CaseProcess {

    private static final String NOT_AT_STEP = "This case is not waiting for that step";
    private static final String ADVICE_NOT_AWAITED = "This advice is not awaited";

    /** The variable each decision step routes on. */
    private static final Map<String, String> DECISION_VARIABLE = Map.of(
            CaseSteps.DECIDE_WHETHER_TO_ASSESS, Variables.ASSESS_DECISION,
            CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN, Variables.ISSUE_DECISION);

    private final ProcessDoor door;
    private final ProcessDoor missedDeadlines;
    private final ProcessDiagrams diagrams;

    EngineCaseProcess(RuntimeService runtime, TaskService tasks, ProcessDiagrams diagrams) {
        this.diagrams = diagrams;
        this.door = new ProcessDoor(ProcessNames.ASSESSMENT_PROCESS, runtime, tasks);
        this.missedDeadlines = new ProcessDoor(ProcessNames.MISSED_DEADLINE_PROCESS, runtime, tasks);
    }

    @Override
    public void start(Routing routing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, routing.caseId());
        variables.put(Variables.CASEWORKERS, routing.caseworkers());
        variables.put(Variables.MANAGERS, routing.managers());
        variables.put(Variables.FAMILY, routing.family());
        door.start(routing.caseId(), variables);
    }

    @Override
    public void reenter(Routing routing, uk.ehctracker.statutory.Disagreement.OrderKind kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, routing.caseId());
        variables.put(Variables.CASEWORKERS, routing.caseworkers());
        variables.put(Variables.MANAGERS, routing.managers());
        variables.put(Variables.FAMILY, routing.family());
        variables.put(Variables.ORDER_KIND, kind.name());
        door.startByMessage(routing.caseId(), ProcessNames.Messages.TRIBUNAL_ORDERED, variables);
    }

    @Override
    public boolean isRunning(long caseId) {
        return door.isRunning(caseId);
    }

    @Override
    public void startMissedDeadlineReview(long caseId, String managers, String timeLimit, Long adviceRequestId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, caseId);
        variables.put(Variables.MANAGERS, managers);
        variables.put(Variables.TIME_LIMIT, timeLimit);
        if (adviceRequestId != null) {
            variables.put(Variables.ADVICE_REQUEST_ID, adviceRequestId);
        }
        missedDeadlines.start(caseId, variables);
    }

    @Override
    public Optional<OpenStep> openStep(long caseId, String step) {
        return door.openTask(caseId, step).map(this::openStep);
    }

    @Override
    public Optional<OpenStep> openAdviceStep(long caseId, long adviceRequestId) {
        return door.openTask(caseId, CaseSteps.GIVE_ADVICE, Variables.ADVICE_REQUEST_ID, adviceRequestId).map(this::openStep);
    }

    private OpenStep openStep(Task task) {
        return new OpenStep(task.getId(), task.getTaskDefinitionKey(), door.candidateGroups(task.getId()));
    }

    @Override
    public void complete(long caseId, String step) {
        door.complete(caseId, step, Map.of(), NOT_AT_STEP);
    }

    @Override
    public void decide(long caseId, String step, DecisionOutcome outcome) {
        String variable = DECISION_VARIABLE.get(step);
        if (variable == null) {
            throw new IllegalArgumentException(step + " is not a decision step");
        }
        door.complete(caseId, step, Map.of(variable, outcome.name()), NOT_AT_STEP);
    }

    @Override
    public void completeAdvice(long caseId, long adviceRequestId) {
        Task task = door.openTask(caseId, CaseSteps.GIVE_ADVICE, Variables.ADVICE_REQUEST_ID, adviceRequestId)
                .orElseThrow(() -> new uk.ehctracker.common.ConflictException(ADVICE_NOT_AWAITED));
        door.completeTask(task.getId(), Map.of());
    }

    @Override
    public void waiveAdvice(long caseId, long adviceRequestId) {
        // reg 6(4): through the model's "advice waived" boundary event on that adviser's task
        door.message(caseId, ProcessNames.Messages.ADVICE_WAIVED, Variables.ADVICE_REQUEST_ID, adviceRequestId, ADVICE_NOT_AWAITED);
    }

    @Override
    public void withdraw(long caseId) {
        door.message(caseId, ProcessNames.Messages.REQUEST_WITHDRAWN, "This request is no longer open");
    }

    @Override
    public Set<String> activeElements(long caseId) {
        return door.activeElements(caseId);
    }

    @Override
    public ProcessDiagram diagram(long caseId) {
        return diagrams.of(ProcessNames.ASSESSMENT_PROCESS, ProcessDoor.businessKey(caseId));
    }
}
