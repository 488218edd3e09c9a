package uk.ehctracker.support;

/** The ids, messages and variables of bpmn/sen-support.bpmn that code uses, in one place. */
public final class SenSupportNames {

    private SenSupportNames() {
    }

    public static final String PROCESS = "sen-support";

    /** User tasks; each has a form in forms/ with the same id. */
    public static final class Tasks {
        public static final String ASSESS_NEEDS = "assessNeeds";
        public static final String PLAN_SUPPORT = "planSupport";
        public static final String REVIEW_CYCLE = "reviewCycle";
        public static final String AGREE_SPECIALIST_INVOLVEMENT = "agreeSpecialistInvolvement";
        public static final String RECORD_SPECIALIST_ADVICE = "recordSpecialistAdvice";

        private Tasks() {
        }
    }

    /** Where the process waits between the plan and the review. */
    public static final String DELIVER_PROVISION = "deliverProvision";

    public static final class Messages {
        public static final String REVIEW_BROUGHT_FORWARD = "reviewBroughtForward";
        public static final String ASSESSMENT_REQUESTED = "assessmentRequested";

        private Messages() {
        }
    }

    public static final class Variables {
        public static final String RECORD_ID = "recordId";
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        public static final String PARENTS_AGREE = "parentsAgree";

        private Variables() {
        }
    }
}
