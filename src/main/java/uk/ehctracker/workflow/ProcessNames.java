package uk.ehctracker.workflow;

/**
 * Every BPMN id, message and variable name the code uses, in one place (see
 * docs/PROCESS-CONTRACT.md). A test checks each against the deployed models, so a renamed
 * element fails a build, not a case.
 */
public final class ProcessNames {

    private ProcessNames() {
    }

    public static final String ASSESSMENT_PROCESS = "ehc-needs-assessment";
    public static final String MISSED_DEADLINE_PROCESS = "missed-deadline-review";
    public static final String DISAGREEMENT_PROCESS = "disagreement";
    public static final String COMPLAINT_PROCESS = "complaint";
    public static final String ANNUAL_REVIEW_PROCESS = "annual-review";
    public static final String CEASE_PROCESS = "cease-plan";
    public static final String TRANSFER_PROCESS = "plan-transfer";

    public static final class Messages {
        public static final String REQUEST_WITHDRAWN = "requestWithdrawn";
        public static final String ADVICE_WAIVED = "adviceWaived";
        public static final String MEDIATION_ADVISER_CONTACTED = "mediationAdviserContacted";
        public static final String MEDIATION_CERTIFICATE_ISSUED = "mediationCertificateIssued";
        public static final String APPEAL_REGISTERED = "appealRegistered";
        public static final String APPEAL_CONCEDED = "appealConceded";
        public static final String TRIBUNAL_DECIDED = "tribunalDecided";
        public static final String COMPLAINT_REPLIED = "complaintReplied";
        public static final String COMPLAINT_ESCALATED = "complaintEscalated";
        public static final String COMPLAINT_RESOLVED = "complaintResolved";
        /** Starts the assessment again at the step an order (reg 44) or a concession (reg 45) requires. */
        public static final String TRIBUNAL_ORDERED = "tribunalOrdered";
        /** A disagreement with a decision to cease ended (CFA s45(4)). */
        public static final String CEASE_DISAGREEMENT_ENDED = "ceaseDisagreementEnded";

        private Messages() {
        }
    }

    public static final class Variables {
        public static final String CASE_ID = "caseId";
        public static final String CASEWORKERS = "caseworkers";
        public static final String MANAGERS = "managers";
        public static final String FAMILY = "family";
        public static final String ASSESS_DECISION = "assessDecision";
        public static final String ISSUE_DECISION = "issueDecision";
        public static final String ADVICE_REQUEST_IDS = "adviceRequestIds";
        public static final String ADVICE_REQUEST_ID = "adviceRequestId";
        public static final String TIME_LIMIT = "timeLimit";
        public static final String DISAGREEMENT_ID = "disagreementId";
        public static final String CERTIFICATE_NEEDED = "certificateNeeded";
        public static final String WANTS_MEDIATION = "wantsMediation";
        public static final String RESPONSE_DUE_KNOWN = "responseDueKnown";
        public static final String APPEAL_TIME_ENDS = "appealTimeEnds";
        public static final String OUTCOME = "outcome";
        public static final String COMPLAINT_ID = "complaintId";
        public static final String LAST_STAGE = "lastStage";
        public static final String REVIEW_ID = "reviewId";
        public static final String LA_ID = "laId";
        public static final String SCHOOL_ID = "schoolId";
        public static final String SETTING = "setting";
        public static final String ORDER_KIND = "orderKind";
        public static final String CESSATION_ID = "cessationId";
        public static final String CEASES = "ceases";
        public static final String CEASE_STANDS = "ceaseStands";
        public static final String TRANSFER_ID = "transferId";
        public static final String OLD_CASEWORKERS = "oldCaseworkers";
        public static final String OLD_MANAGERS = "oldManagers";
        public static final String NEW_CASEWORKERS = "newCaseworkers";
        public static final String NEW_MANAGERS = "newManagers";

        private Variables() {
        }
    }
}
