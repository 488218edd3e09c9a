package uk.ehctracker.assessment;

/**
 * The user tasks of bpmn/ehc-needs-assessment.bpmn (and the manager's review in
 * bpmn/missed-deadline-review.bpmn), by their element ids. Each has a form in forms/ with the
 * same id. The case names its steps; only workflow/ knows how the engine runs them. A test
 * checks each id against the deployed models, so a renamed element fails the build.
 */
public final class CaseSteps {

    public static final String DECIDE_WHETHER_TO_ASSESS = "decideWhetherToAssess";
    public static final String GIVE_ADVICE = "giveAdvice";
    public static final String DECIDE_WHETHER_TO_ISSUE_PLAN = "decideWhetherToIssuePlan";
    public static final String WRITE_DRAFT_PLAN = "writeDraftPlan";
    public static final String COMMENT_ON_DRAFT_PLAN = "commentOnDraftPlan";
    public static final String CHOOSE_SETTING_TO_CONSULT = "chooseSettingToConsult";
    public static final String RESPOND_TO_CONSULTATION = "respondToConsultation";
    public static final String DECIDE_AFTER_CONSULTATION = "decideAfterConsultation";
    public static final String ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN = "arrangeMeetingToDiscussDraftPlan";
    public static final String ISSUE_FINAL_PLAN = "issueFinalPlan";
    /** reg 44; reg 45(4): the amended plan an order (or a concession) about the plan's contents requires. */
    public static final String ISSUE_AMENDED_PLAN = "issueAmendedPlan";
    public static final String REVIEW_MISSED_DEADLINE = "reviewMissedDeadline";

    private CaseSteps() {
    }
}
