package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.CaseProcess;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewProcess;

/** A review's process on the engine: bpmn/annual-review.bpmn, keyed by the review's id. */
@Component
class EngineReviewProcess implements ReviewProcess {

    private static final String NOT_AT_STEP = "The review is not at that step";

    private final ProcessDoor door;
    private final CaseProcess cases;
    private final RuntimeService runtime;
    private final ManagementService management;
    // looked up when used: the clocks read the review service, which holds this process
    private final ObjectProvider<ReviewClocks> clocks;

    EngineReviewProcess(RuntimeService runtime, TaskService tasks, ManagementService management, CaseProcess cases,
            ObjectProvider<ReviewClocks> clocks) {
        this.door = new ProcessDoor(ProcessNames.ANNUAL_REVIEW_PROCESS, runtime, tasks);
        this.cases = cases;
        this.runtime = runtime;
        this.management = management;
        this.clocks = clocks;
    }

    /** The timers of bpmn/annual-review.bpmn whose dates follow the review's schedule, each with its expression's method. */
    private static Map<String, Function<ReviewClocks, Function<Long, Date>>> scheduleTimers() {
        return Map.of(
                "reviewWindowOpens", c -> c::opensAt,
                "reviewReminder", c -> id -> c.reminderAt(id, "REVIEW"),
                "reviewDue", c -> id -> c.dueAt(id, "REVIEW"),
                "amendedPlanReminder", c -> id -> c.reminderAt(id, "AMENDED_PLAN"),
                "amendedPlanDue", c -> id -> c.dueAt(id, "AMENDED_PLAN"));
    }

    @Override
    public void start(Routing routing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REVIEW_ID, routing.reviewId());
        variables.put(Variables.CASE_ID, routing.caseId());
        variables.put(Variables.LA_ID, routing.laId());
        variables.put(Variables.SCHOOL_ID, routing.schoolId());
        variables.put(Variables.CASEWORKERS, routing.caseworkers());
        variables.put(Variables.MANAGERS, routing.managers());
        variables.put(Variables.SETTING, routing.setting());
        door.start(routing.reviewId(), variables);
    }

    @Override
    public void stepDone(long reviewId, String taskKey) {
        door.complete(reviewId, taskKey, Map.of(), NOT_AT_STEP);
    }

    @Override
    public void decided(long reviewId, ReviewOutcome outcome) {
        door.complete(reviewId, "decideAfterReview", Map.of(Variables.OUTCOME, outcome.name()), NOT_AT_STEP);
    }

    @Override
    public void end(long reviewId) {
        door.end(reviewId, "The plan ceased or moved to another council");
    }

    @Override
    public void datesChanged(long reviewId) {
        ReviewClocks now = clocks.getObject();
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(ProcessDoor.businessKey(reviewId)).list().forEach(pi -> {
                    for (var timer : scheduleTimers().entrySet()) {
                        for (Job job : management.createJobQuery().timers().processInstanceId(pi.getId()).activityId(timer.getKey()).list()) {
                            // the same expression the model set the timer with, read again from the new dates
                            Date due = timer.getValue().apply(now).apply(reviewId);
                            if (!due.equals(job.getDuedate())) {
                                management.setJobDuedate(job.getId(), due);
                            }
                        }
                    }
                });
    }

    @Override
    public boolean isAt(long reviewId, String elementId) {
        return door.isAt(reviewId, elementId);
    }

    @Override
    public Set<String> activeElements(long reviewId) {
        return door.activeElements(reviewId);
    }

    @Override
    public void startManagersReview(long caseId, String managers, String what) {
        // the same missed-deadline-review the case's own deadlines start, keyed by the case
        cases.startMissedDeadlineReview(caseId, managers, what, null);
    }
}
