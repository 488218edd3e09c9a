package uk.ehctracker.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case's process, as the case sees it: the port the assessment feature owns and
 * workflow/ implements on the engine. Every call runs inside the caller's transaction, so the
 * case record and the process move together or not at all.
 */
public interface CaseProcess {

    /** The routing a case's process needs when it starts. */
    record Routing(long caseId, String caseworkers, String managers, String family) {
    }

    /** A step the process waits at, and the groups it is offered to. */
    record OpenStep(String id, String step, List<String> candidateGroups) {
    }

    void start(Routing routing);

    /** The open task of this step on the case, if the process is waiting there. */
    Optional<OpenStep> openStep(long caseId, String step);

    /** The open advice task for one advice request (one per adviser, in parallel). */
    Optional<OpenStep> openAdviceStep(long caseId, long adviceRequestId);

    /** Completes the case's waiting step, or says plainly that the case is not at that step. */
    void complete(long caseId, String step);

    /** Completes a decision step with the outcome the model routes on. */
    void decide(long caseId, String step, DecisionOutcome outcome);

    void completeAdvice(long caseId, long adviceRequestId);

    /** reg 6(4): ends one adviser's wait without advice. */
    void waiveAdvice(long caseId, long adviceRequestId);

    void withdraw(long caseId);

    /**
     * reg 44; reg 45: starts the case's process again, at the model's "ordered by the Tribunal"
     * start event, which routes on what the order requires.
     */
    void reenter(Routing routing, uk.ehctracker.statutory.Disagreement.OrderKind kind);

    /** Whether the case's process is running now. */
    boolean isRunning(long caseId);

    /** Starts the manager's review of a missed deadline, beside the case's own process. */
    void startMissedDeadlineReview(long caseId, String managers, String timeLimit, Long adviceRequestId);

    /** The element ids the case's process is at now; empty once it has ended. */
    Set<String> activeElements(long caseId);

    /** The assessment model as drawn, with this case's steps done, open now and not reached. */
    ProcessDiagram diagram(long caseId);
}
