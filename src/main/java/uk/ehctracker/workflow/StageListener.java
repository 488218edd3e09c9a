package uk.ehctracker.workflow;

import uk.ehctracker.assessment.CaseSteps;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;

/**
 * The case's stage follows the step its process waits at: when a user task is created, the case
 * shows it. One mapping, so the stage on a screen can never disagree with the model.
 */
@Component
class StageListener {

    private static final Map<String, CaseStage> STAGE_OF_TASK = Map.of(
            CaseSteps.DECIDE_WHETHER_TO_ASSESS, CaseStage.DECIDING_WHETHER_TO_ASSESS,
            CaseSteps.GIVE_ADVICE, CaseStage.GATHERING_ADVICE,
            CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN, CaseStage.DECIDING_WHETHER_TO_ISSUE,
            CaseSteps.WRITE_DRAFT_PLAN, CaseStage.DRAFTING_PLAN,
            CaseSteps.COMMENT_ON_DRAFT_PLAN, CaseStage.DRAFT_WITH_FAMILY,
            CaseSteps.CHOOSE_SETTING_TO_CONSULT, CaseStage.CHOOSING_SETTING,
            CaseSteps.RESPOND_TO_CONSULTATION, CaseStage.CONSULTING_SCHOOL,
            CaseSteps.DECIDE_AFTER_CONSULTATION, CaseStage.CONSULTING_SCHOOL,
            CaseSteps.ISSUE_FINAL_PLAN, CaseStage.FINALISING_PLAN);

    private final AssessmentService assessments;

    StageListener(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onTaskCreated(DelegateTask task) {
        CaseStage stage = STAGE_OF_TASK.get(task.getTaskDefinitionKey());
        if (stage != null && TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            assessments.reachedStage(ProcessVariables.caseIdOf(task), stage);
        }
    }
}
