package uk.ehctracker.workflow;

import static uk.ehctracker.workflow.ProcessNames.Variables;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

    EngineReviewProcess(RuntimeService runtime, TaskService tasks, CaseProcess cases) {
        this.door = new ProcessDoor(ProcessNames.ANNUAL_REVIEW_PROCESS, runtime, tasks);
        this.cases = cases;
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
