package uk.ehctracker.complaint;

import java.util.Set;

/**
 * A complaint's process (bpmn/complaint.bpmn), as the complaint sees it: the port this feature
 * owns and workflow/ implements on the engine, in the caller's transaction.
 */
public interface ComplaintProcess {

    /** Where a late reply is reported: the council's managers, for the council's own stages. */
    record Routing(long complaintId, long caseId, String managers) {
    }

    void start(Routing routing);

    /** The stage replied; after the last stage the procedure is finished. */
    void replied(long complaintId, boolean lastStage);

    void escalated(long complaintId);

    void resolved(long complaintId);

    Set<String> activeElements(long complaintId);
}
