package uk.ehctracker.disagreement;

import java.util.Set;

/**
 * A disagreement's process (bpmn/disagreement.bpmn), as the disagreement sees it: the port this
 * feature owns and workflow/ implements on the engine, in the caller's transaction.
 */
public interface DisagreementProcess {

    /** The routing the process needs when it starts. */
    record Routing(long disagreementId, long caseId, String caseworkers, String managers, boolean certificateNeeded,
            java.time.LocalDate appealDeadline) {
    }

    void start(Routing routing);

    /** The family contacted the mediation adviser, and said whether they want mediation. */
    void adviserContacted(long disagreementId, boolean wantsMediation);

    void mediationHeld(long disagreementId);

    /** The certificate is in; the appeal deadline may have moved (HESC Rules r20). */
    void certificateIssued(long disagreementId, java.time.LocalDate appealDeadline);

    /** The appeal is registered; without the Tribunal's response date, LA staff are asked for it before the response's step. */
    void appealRegistered(long disagreementId, boolean responseDueKnown);

    /** LA staff gave the Tribunal's response date: the response's step, and its timer, start. */
    void responseDueRecorded(long disagreementId);

    void responseSent(long disagreementId);

    /** The appeal ended; a concession may come before the LA's response is sent (reg 45). */
    void outcome(long disagreementId, TribunalOutcome outcome);

    /** Whether the process waits at this element now. */
    boolean isAt(long disagreementId, String elementId);

    Set<String> activeElements(long disagreementId);

    /** Starts the manager's review of a missed disagreement deadline, beside the case's own processes. */
    void startManagersReview(long caseId, String managers, String what);
}
