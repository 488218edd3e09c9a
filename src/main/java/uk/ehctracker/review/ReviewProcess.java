package uk.ehctracker.review;

import java.util.Set;

/**
 * A review's process (bpmn/annual-review.bpmn), as the review sees it: the port this feature owns
 * and workflow/ implements on the engine, in the caller's transaction.
 */
public interface ReviewProcess {

    /**
     * The routing the process needs when it starts: the LA's groups, and the setting's (the
     * child's school with the LA's caseworkers, who act for a setting the tracker has no account of).
     */
    record Routing(long reviewId, long caseId, long laId, Long schoolId, String caseworkers, String managers, String setting) {
    }

    void start(Routing routing);

    /** The person's step at this user task is done. */
    void stepDone(long reviewId, String taskKey);

    /** reg 20(10): the LA decided; the model routes on the outcome. */
    void decided(long reviewId, ReviewOutcome outcome);

    /** The plan ceased, or moved to another LA (reg 15): the review stops where it is. */
    void end(long reviewId);

    /** Whether the process waits at this element now. */
    boolean isAt(long reviewId, String elementId);

    Set<String> activeElements(long reviewId);

    /** Starts the manager's review of a missed review deadline, beside the case's own processes. */
    void startManagersReview(long caseId, String managers, String what);
}
