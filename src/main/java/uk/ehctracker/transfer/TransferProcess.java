package uk.ehctracker.transfer;

import java.util.Set;

/**
 * A plan's move to another LA (bpmn/plan-transfer.bpmn), as the feature sees it: the port this
 * feature owns and workflow/ implements on the engine, in the caller's transaction.
 */
public interface TransferProcess {

    /** The groups of the old LA, which transfers the plan, and of the new LA, which tells the family. */
    record Routing(long transferId, long caseId, String oldCaseworkers, String oldManagers, String newCaseworkers, String newManagers) {
    }

    void start(Routing routing);

    /** reg 15(2): the old LA transferred the plan. */
    void transferred(long transferId);

    /** reg 15(4): the new LA told the family. */
    void familyTold(long transferId);

    boolean isAt(long transferId, String elementId);

    Set<String> activeElements(long transferId);

    /** Starts the manager's review of a missed transfer deadline, beside the case's own processes. */
    void startManagersReview(long caseId, String managers, String what);
}
