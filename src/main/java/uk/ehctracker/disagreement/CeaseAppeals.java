package uk.ehctracker.disagreement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a disagreement needs of a decision to cease a plan (CFA s51(2)(f)): the port this feature
 * owns and the cessation feature, which makes that decision, implements.
 */
public interface CeaseAppeals {

    /** The day the notice to cease was sent, while the plan is kept for a possible appeal (CFA s45(4)); empty otherwise. */
    Optional<LocalDate> noticeSentOn(long caseId);

    /** The disagreement ended on {@code on}: the decision stands (dismissed, withdrawn, no appeal in time) or an order or concession keeps the plan. */
    void ended(long caseId, boolean ceaseStands, LocalDate on);
}
