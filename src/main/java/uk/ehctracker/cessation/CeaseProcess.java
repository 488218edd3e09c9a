package uk.ehctracker.cessation;

import java.util.Set;

/**
 * Ceasing a plan's process (bpmn/cease-plan.bpmn), as the feature sees it: the port this feature
 * owns and workflow/ implements on the engine, in the caller's transaction.
 */
public interface CeaseProcess {

    record Routing(long cessationId, long caseId, String caseworkers) {
    }

    void start(Routing routing);

    /** reg 31(1): the family was told and consulted, and the setting consulted. */
    void consulted(long cessationId);

    /** reg 31(2): the council decided, to cease or to keep the plan. */
    void decided(long cessationId, boolean ceases);

    /** The disagreement ended: the decision stands, or an order or concession keeps the plan. */
    void disagreementEnded(long cessationId, boolean ceaseStands);

    boolean isAt(long cessationId, String elementId);

    Set<String> activeElements(long cessationId);
}
